package org.truce.report;

import org.truce.report.ReportView.Bar;
import org.truce.report.ReportView.Chart;
import org.truce.report.ReportView.ChartDay;
import org.truce.report.ReportView.Requirement;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Draws a chart of daily figures as inline SVG: a group of bars per day, the required level as a dashed line, "no report" where there is none. */
final class SvgChart {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 330;
    private static final int LEFT = 56;
    private static final int RIGHT = 12;
    private static final int TOP = 40;
    private static final int BOTTOM = 52;
    private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    private static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

    private SvgChart() {
    }

    static String svg(Chart chart) {
        StringBuilder s = new StringBuilder();
        long max = 1;
        for (ChartDay d : chart.days()) {
            for (Bar b : d.bars()) {
                max = Math.max(max, b.value());
            }
            for (Requirement r : d.requirements()) {
                max = Math.max(max, r.value());
            }
        }
        long step = niceStep(max);
        long top = ((max + max / 8) / step + 1) * step;
        s.append("<svg class=\"chart\" id=\"chart-").append(Escape.html(chart.id())).append("\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(Escape.html(chart.title()))
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        for (long v = 0; v <= top; v += step) {
            double y = y(v, top);
            s.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(f(y)).append("\" y2=\"").append(f(y)).append("\"/>")
                    .append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(f(y + 4))
                    .append("\" text-anchor=\"end\">").append(v).append("</text>\n");
        }
        int n = chart.days().size();
        double group = (double) PLOT_WIDTH / Math.max(1, n);
        for (int i = 0; i < n; i++) {
            ChartDay day = chart.days().get(i);
            double x0 = LEFT + i * group;
            if (day.day().extension()) {
                s.append("<rect class=\"extension\" x=\"").append(f(x0)).append("\" y=\"").append(TOP).append("\" width=\"")
                        .append(f(group)).append("\" height=\"").append(PLOT_HEIGHT).append("\"/>\n");
            }
            bars(s, day, x0, group, top);
            requirements(s, day, x0, group, top);
            double mid = x0 + group / 2;
            s.append("<text class=\"day\" x=\"").append(f(mid)).append("\" y=\"").append(HEIGHT - BOTTOM + 20)
                    .append("\" text-anchor=\"middle\">").append(Escape.html(day.day().label())).append("</text>")
                    .append("<text class=\"daynum\" x=\"").append(f(mid)).append("\" y=\"").append(HEIGHT - BOTTOM + 38)
                    .append("\" text-anchor=\"middle\">").append(Escape.html(day.day().numberLabel())).append("</text>\n");
        }
        s.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                .append(TOP + PLOT_HEIGHT).append("\" y2=\"").append(TOP + PLOT_HEIGHT).append("\"/>\n");
        s.append("</svg>");
        return s.toString();
    }

    private static void bars(StringBuilder s, ChartDay day, double x0, double group, long top) {
        double baseline = TOP + PLOT_HEIGHT;
        if (day.bars().isEmpty()) {
            s.append("<text class=\"missing\" x=\"").append(f(x0 + group / 2)).append("\" y=\"").append(f(baseline - 10))
                    .append("\" text-anchor=\"middle\">no report</text>\n");
            return;
        }
        int count = day.bars().size();
        double inner = group - 28;
        double gap = 3;
        double width = Math.min(40, (inner - gap * (count - 1)) / count);
        double start = x0 + (group - (width * count + gap * (count - 1))) / 2;
        for (int j = 0; j < count; j++) {
            Bar b = day.bars().get(j);
            double y = y(b.value(), top);
            s.append("<rect class=\"bar ").append(standing(b.value(), day.requirements())).append("\" x=\"")
                    .append(f(start + j * (width + gap))).append("\" y=\"").append(f(y)).append("\" width=\"").append(f(width))
                    .append("\" height=\"").append(f(Math.max(baseline - y, 0.5))).append("\"><title>")
                    .append(Escape.html(b.label() + ": " + b.value() + (b.sources().isEmpty() ? ""
                            : b.sources().size() == 1 ? " (source " + b.sources().get(0) + ")" : " (sources " + String.join(", ", b.sources()) + ")")))
                    .append("</title></rect>\n");
        }
        TreeSet<Long> values = new TreeSet<>(day.bars().stream().map(Bar::value).toList());
        String label = String.join(" / ", values.stream().map(String::valueOf).toList());
        s.append("<text class=\"value\" x=\"").append(f(x0 + group / 2)).append("\" y=\"").append(TOP - 14)
                .append("\" text-anchor=\"middle\">").append(Escape.html(label)).append("</text>\n");
    }

    private static void requirements(StringBuilder s, ChartDay day, double x0, double group, long top) {
        List<Requirement> required = day.requirements();
        for (int k = 0; k < required.size(); k++) {
            Requirement r = required.get(k);
            double y = y(r.value(), top);
            s.append("<line class=\"required\" x1=\"").append(f(x0 + 4)).append("\" x2=\"").append(f(x0 + group - 4))
                    .append("\" y1=\"").append(f(y)).append("\" y2=\"").append(f(y)).append("\"><title>")
                    .append(Escape.html("required: " + r.label())).append("</title></line>")
                    .append("<text class=\"required-label\" x=\"").append(f(x0 + group - 6)).append("\" y=\"")
                    .append(f(y - 4)).append("\" text-anchor=\"end\">").append(Escape.html(r.label()))
                    .append("</text>\n");
        }
    }

    /** Whether a figure reaches every required level ("meets"), none ("below"), some ("between"), or there is none ("plain"). */
    private static String standing(long value, List<Requirement> required) {
        if (required.isEmpty()) {
            return "plain";
        }
        boolean all = required.stream().allMatch(r -> value >= r.value());
        boolean none = required.stream().noneMatch(r -> value >= r.value());
        return all ? "meets" : none ? "below" : "between";
    }

    private static double y(long value, long top) {
        return TOP + PLOT_HEIGHT - (double) value / top * PLOT_HEIGHT;
    }

    /** A step of 1, 2 or 5 times a power of ten that gives about five grid lines. */
    static long niceStep(long max) {
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (max / (step * m) <= 5) {
                    return step * m;
                }
            }
            step *= 10;
        }
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
