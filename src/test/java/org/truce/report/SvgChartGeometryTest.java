package org.truce.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.report.ReportView.Bar;
import org.truce.report.ReportView.Chart;
import org.truce.report.ReportView.ChartDay;
import org.truce.report.ReportView.PauseDay;
import org.truce.report.ReportView.Requirement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What a reader sees in a chart, as geometry: the plot is x 56 to 988 and y 40 (top) to 278 (the axis) of a
 * 1000 × 330 view; a bar stands on the axis and its height is its value over the top of the scale; a bar that
 * equals a required level reaches that level's dashed line; the grid's labels are round steps up to the top; each
 * day has an equal column, its bars centred in it and its labels under it; extension days are shaded.
 */
@DisplayName("Charts drawn to scale: bars on the axis, levels where they belong, days in equal columns")
class SvgChartGeometryTest {

    private static final double LEFT = 56;
    private static final double RIGHT = 988;
    private static final double TOP = 40;
    private static final double AXIS = 278;
    private static final double TOLERANCE = 0.051; // coordinates are written to one decimal

    private static PauseDay day(int number, boolean extension) {
        return new PauseDay(LocalDate.of(2023, 11, 23 + number), number, extension);
    }

    /** Three days: two sources against one level; an extension day with no report; one bar between two levels. */
    private static final Chart CHART = new Chart("test", "A <test> chart", "caption", List.of(
            new ChartDay(day(1, false), List.of(new Bar("Monitor A", 150, List.of("a")), new Bar("Monitor B", 200, List.of("b"))),
                    List.of(new Requirement(200, "at least 200"))),
            new ChartDay(day(2, true), List.of(), List.of(new Requirement(200, "at least 200"))),
            new ChartDay(day(3, true), List.of(new Bar("lowest total", 240, List.of())),
                    List.of(new Requirement(100, "at least 100"), new Requirement(300, "at least 300")))));

    /** Drawn for each test, not once for the class: a mutation tester swaps the code between tests. */
    private final String svg = SvgChart.svg(CHART);

    private record Element(String name, Map<String, String> attributes, String text) {
        double number(String attribute) {
            return Double.parseDouble(attributes.get(attribute));
        }
    }

    private static final Pattern ELEMENT = Pattern.compile("<(rect|line|text)((?: [a-z0-9-]+=\"[^\"]*\")*)\\s*(?:/>|>(.*?)</\\1>)");
    private static final Pattern ATTRIBUTE = Pattern.compile(" ([a-z0-9-]+)=\"([^\"]*)\"");

    private List<Element> elements(String name, String cssClass) {
        List<Element> found = new ArrayList<>();
        Matcher m = ELEMENT.matcher(svg);
        while (m.find()) {
            Map<String, String> attributes = new TreeMap<>();
            Matcher a = ATTRIBUTE.matcher(m.group(2));
            while (a.find()) {
                attributes.put(a.group(1), a.group(2));
            }
            if (m.group(1).equals(name) && (" " + attributes.getOrDefault("class", "") + " ").contains(" " + cssClass + " ")) {
                found.add(new Element(name, attributes, m.group(3) == null ? "" : m.group(3)));
            }
        }
        return found;
    }

    private static double column(int index) {
        return LEFT + index * (RIGHT - LEFT) / 3;
    }

    private static final double COLUMN = (RIGHT - LEFT) / 3;

    @Test
    @DisplayName("the view is 1000 × 330, titled for screen readers, and the axis runs under the plot")
    void frame() {
        assertThat(svg).startsWith("<svg class=\"chart\" id=\"chart-test\" viewBox=\"0 0 1000 330\" role=\"img\" "
                + "aria-label=\"A &lt;test&gt; chart\" xmlns=\"http://www.w3.org/2000/svg\">\n").endsWith("</svg>");
        Element axis = elements("line", "axis").get(0);
        assertThat(axis.number("x1")).isEqualTo(LEFT);
        assertThat(axis.number("x2")).isEqualTo(RIGHT);
        assertThat(axis.number("y1")).isEqualTo(AXIS);
        assertThat(axis.number("y2")).isEqualTo(AXIS);
    }

    @Test
    @DisplayName("the scale: round steps from 0 to a top above the highest value and level, the top at the top of the plot")
    void scale() {
        List<Element> ticks = elements("text", "tick");
        List<Element> grid = elements("line", "grid");
        assertThat(ticks).extracting(Element::text).containsExactly("0", "100", "200", "300", "400");
        assertThat(grid).hasSize(5);
        for (int i = 0; i < grid.size(); i++) {
            double y = AXIS - i * (AXIS - TOP) / 4;
            assertThat(grid.get(i).number("y1")).isCloseTo(y, within(TOLERANCE));
            assertThat(grid.get(i).number("y2")).isCloseTo(y, within(TOLERANCE));
            assertThat(grid.get(i).number("x1")).isEqualTo(LEFT);
            assertThat(grid.get(i).number("x2")).isEqualTo(RIGHT);
            // Each label just left of the plot, right-aligned, a little below its line.
            assertThat(ticks.get(i).number("x")).isEqualTo(LEFT - 6);
            assertThat(ticks.get(i).attributes().get("text-anchor")).isEqualTo("end");
            assertThat(ticks.get(i).number("y")).isCloseTo(y + 4, within(TOLERANCE));
        }
    }

    @Test
    @DisplayName("bars stand on the axis, as tall as their value on the scale, and one equal to a level reaches its line")
    void barsToScale() {
        List<Element> bars = elements("rect", "bar");
        assertThat(bars).extracting(b -> b.attributes().get("class")).containsExactly("bar below", "bar meets", "bar between");
        assertThat(bars).extracting(Element::text).containsExactly(
                "<title>Monitor A: 150 (source a)</title>", "<title>Monitor B: 200 (source b)</title>", "<title>lowest total: 240</title>");
        long[] values = {150, 200, 240};
        for (int i = 0; i < bars.size(); i++) {
            Element bar = bars.get(i);
            assertThat(bar.number("y") + bar.number("height")).as("bar %s on the axis", i).isCloseTo(AXIS, within(2 * TOLERANCE));
            assertThat(bar.number("height")).as("bar %s to scale", i).isCloseTo(values[i] / 400.0 * (AXIS - TOP), within(TOLERANCE));
        }
        Element required = elements("line", "required").get(0);
        assertThat(required.number("y1")).isEqualTo(required.number("y2")).isCloseTo(bars.get(1).number("y"), within(TOLERANCE));
        assertThat(required.text()).isEqualTo("<title>required: at least 200</title>");
    }

    @Test
    @DisplayName("each day has an equal column: its bars centred and apart, its levels across it, its labels under it")
    void columns() {
        List<Element> bars = elements("rect", "bar");
        Element a = bars.get(0);
        Element b = bars.get(1);
        Element c = bars.get(2);
        assertThat(a.number("width")).isEqualTo(b.number("width")).isEqualTo(40);
        assertThat(b.number("x") - (a.number("x") + a.number("width"))).as("gap").isCloseTo(3, within(TOLERANCE));
        double left = a.number("x") - column(0);
        double right = column(1) - (b.number("x") + b.number("width"));
        assertThat(left).as("centred").isCloseTo(right, within(2 * TOLERANCE)).isPositive();
        assertThat(c.number("x") + c.number("width") / 2).isCloseTo(column(2) + COLUMN / 2, within(TOLERANCE));

        List<Element> required = elements("line", "required");
        assertThat(required).hasSize(4);
        for (int i = 0; i < required.size(); i++) {
            double x0 = column(i == 0 ? 0 : i == 1 ? 1 : 2);
            assertThat(required.get(i).number("x1")).isCloseTo(x0 + 4, within(TOLERANCE));
            assertThat(required.get(i).number("x2")).isCloseTo(x0 + COLUMN - 4, within(TOLERANCE));
        }
        assertThat(required.get(2).number("y1")).isCloseTo(AXIS - 100 / 400.0 * (AXIS - TOP), within(TOLERANCE));
        assertThat(required.get(3).number("y1")).isCloseTo(AXIS - 300 / 400.0 * (AXIS - TOP), within(TOLERANCE));
        List<Element> levelLabels = elements("text", "required-label");
        assertThat(levelLabels).extracting(Element::text).containsExactly("at least 200", "at least 200", "at least 100", "at least 300");
        for (int i = 0; i < levelLabels.size(); i++) {
            assertThat(levelLabels.get(i).number("x")).isCloseTo(required.get(i).number("x2") - 2, within(TOLERANCE));
            assertThat(levelLabels.get(i).number("y")).isCloseTo(required.get(i).number("y1") - 4, within(TOLERANCE));
        }

        List<Element> days = elements("text", "day");
        List<Element> numbers = elements("text", "daynum");
        assertThat(days).extracting(Element::text).containsExactly("Fri 24 Nov", "Sat 25 Nov", "Sun 26 Nov");
        assertThat(numbers).extracting(Element::text).containsExactly("day 1", "day 2 (extension)", "day 3 (extension)");
        for (int i = 0; i < 3; i++) {
            assertThat(days.get(i).number("x")).isCloseTo(column(i) + COLUMN / 2, within(TOLERANCE));
            assertThat(numbers.get(i).number("x")).isCloseTo(column(i) + COLUMN / 2, within(TOLERANCE));
            assertThat(days.get(i).number("y")).isEqualTo(298);
            assertThat(numbers.get(i).number("y")).isEqualTo(316);
        }
        List<Element> values = elements("text", "value");
        assertThat(values).extracting(Element::text).containsExactly("150 / 200", "240");
        assertThat(values.get(0).number("x")).isCloseTo(column(0) + COLUMN / 2, within(TOLERANCE));
        assertThat(values.get(1).number("x")).isCloseTo(column(2) + COLUMN / 2, within(TOLERANCE));
        assertThat(values.get(0).number("y")).isEqualTo(TOP - 14);
    }

    @Test
    @DisplayName("extension days are shaded over the whole plot; a day with no report says so in the middle of its column")
    void extensionsAndMissingReports() {
        List<Element> shaded = elements("rect", "extension");
        assertThat(shaded).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(shaded.get(i).number("x")).isCloseTo(column(i + 1), within(TOLERANCE));
            assertThat(shaded.get(i).number("width")).isCloseTo(COLUMN, within(TOLERANCE));
            assertThat(shaded.get(i).number("y")).isEqualTo(TOP);
            assertThat(shaded.get(i).number("height")).isEqualTo(AXIS - TOP);
        }
        Element missing = elements("text", "missing").get(0);
        assertThat(missing.text()).isEqualTo("no report");
        assertThat(missing.number("x")).isCloseTo(column(1) + COLUMN / 2, within(TOLERANCE));
        assertThat(missing.number("y")).isEqualTo(AXIS - 10);
    }

    @Test
    @DisplayName("many bars in a narrow column share it: narrower bars, 14 apart from its edges")
    void manyBars() {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            bars.add(new Bar("Monitor " + i, 10 + i, List.of("m" + i)));
        }
        List<ChartDay> days = new ArrayList<>(List.of(new ChartDay(day(1, false), bars, List.of())));
        for (int d = 2; d <= 7; d++) {
            days.add(new ChartDay(day(d, false), List.of(), List.of()));
        }
        String svg = SvgChart.svg(new Chart("many", "t", "c", days));
        Matcher m = Pattern.compile("<rect class=\"bar plain\" x=\"([0-9.]+)\" y=\"[0-9.]+\" width=\"([0-9.]+)\"").matcher(svg);
        List<double[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        assertThat(found).hasSize(6);
        double column = (RIGHT - LEFT) / 7;
        double width = (column - 28 - 3 * 5) / 6.0;
        assertThat(found).allSatisfy(bar -> assertThat(bar[1]).isCloseTo(width, within(TOLERANCE)));
        assertThat(found.get(0)[0] - LEFT).isCloseTo(14, within(2 * TOLERANCE));
        assertThat(LEFT + column - (found.get(5)[0] + found.get(5)[1])).isCloseTo(14, within(3 * TOLERANCE));
    }

    @Test
    @DisplayName("a tiny bar is still drawn; a chart of zeros has the scale 0, 1, 2")
    void smallValues() {
        String svg = SvgChart.svg(new Chart("zero", "t", "c", List.of(new ChartDay(day(1, false), List.of(new Bar("Monitor A", 0, List.of("a"))), List.of()))));
        assertThat(svg).contains("height=\"0.5\"");
        Matcher ticks = Pattern.compile("<text class=\"tick\"[^>]*>(\\d+)</text>").matcher(svg);
        List<String> labels = new ArrayList<>();
        while (ticks.find()) {
            labels.add(ticks.group(1));
        }
        assertThat(labels).containsExactly("0", "1", "2");
    }

    @Test
    @DisplayName("grid steps are 1, 2 or 5 times a power of ten: the smallest whose whole steps into the highest value are at most five")
    void niceSteps() {
        long[][] cases = {{1, 1}, {5, 1}, {6, 2}, {11, 2}, {12, 5}, {29, 5}, {30, 10}, {59, 10}, {60, 20}, {299, 50}, {300, 100}, {10_000, 2_000}};
        for (long[] c : cases) {
            assertThat(SvgChart.niceStep(c[0])).as("step for %s", c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    @DisplayName("a bar exactly at the lower of two levels stands between them; exactly at a single level, it meets it")
    void barsAtALevel() {
        String two = SvgChart.svg(new Chart("t", "t", "c", List.of(new ChartDay(day(1, false), List.of(new Bar("Monitor A", 100, List.of("a"))),
                List.of(new Requirement(100, "at least 100"), new Requirement(300, "at least 300"))))));
        assertThat(two).contains("<rect class=\"bar between\"");
        String one = SvgChart.svg(new Chart("t", "t", "c", List.of(new ChartDay(day(1, false), List.of(new Bar("Monitor A", 100, List.of("a")),
                new Bar("Monitor B", 99, List.of("b"))), List.of(new Requirement(100, "at least 100"))))));
        assertThat(one).contains("<rect class=\"bar meets\"").contains("<rect class=\"bar below\"");
    }
}
