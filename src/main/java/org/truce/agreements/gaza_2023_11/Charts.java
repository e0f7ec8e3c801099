package org.truce.agreements.gaza_2023_11;

import org.truce.check.ReadingInForce;
import org.truce.check.Report;
import org.truce.report.ChartSource;
import org.truce.report.ReportView;
import org.truce.report.ReportView.Bar;
import org.truce.report.ReportView.Chart;
import org.truce.report.ReportView.ChartDay;
import org.truce.report.ReportView.PauseDay;
import org.truce.report.ReportView.Requirement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The charts of a gaza-2023-11 report: aid trucks per day, hostages released in the deal per day and in total over the
 * initial pause, prisoners released per day, each against the levels its term requires, from the daily figures the
 * rules compared.
 */
public final class Charts implements ChartSource {

    static final String AID_MINIMUM = "daily-aid-trucks.minimum-per-day";
    static final String AID_FUEL_COUNTS = "daily-aid-trucks.fuel-trucks-count";
    static final String RATIO = "exchange-ratio.prisoners-per-hostage";
    static final String EXTENSION_MINIMUM = "extension-hostages.minimum-per-day";
    static final String INITIAL_MINIMUM = "initial-hostages.minimum";

    /** The three charts: aid trucks, hostages released in the deal (per day and, for the first days, in total), prisoners released. */
    @Override
    public List<Chart> charts(ReportView view) {
        Report report = view.report();
        List<Chart> charts = new ArrayList<>();
        charts.add(aidTrucks(view));

        Long extensionMinimum = report.parameters().get(EXTENSION_MINIMUM);
        Long initialMinimum = report.parameters().get(INITIAL_MINIMUM);
        int initialDays = initialDays(view);
        charts.add(new Chart("hostages", "Hostages released in the deal, per source, per day",
                "Each bar is one source's count of hostages released in the deal that day (releases outside the deal are not counted)."
                        + (extensionMinimum == null ? "" : " On an extension day the dashed line is the minimum for that day ("
                        + extensionMinimum + ", clause T05).")
                        + (initialMinimum == null || initialDays == 0 ? "" : " Days 1 to " + initialDays + " have no daily minimum: at least "
                        + initialMinimum + " over the " + initialDays + " days together (clause T03), shown in the next chart.")
                        + ReportView.ONE_VOICE,
                view.daily(perSource(report, Quantity.HOSTAGES_IN_DEAL),
                        day -> day.extension() && extensionMinimum != null
                                ? List.of(new Requirement(extensionMinimum, "at least " + extensionMinimum)) : List.of())));
        if (initialMinimum != null && initialDays > 0) {
            charts.add(cumulativeHostages(view, initialMinimum, initialDays));
        }

        Long ratio = report.parameters().get(RATIO);
        charts.add(new Chart("prisoners", "Prisoners released, per source, per day",
                ratio == null ? "Each bar is one source's count of prisoners released that day." + ReportView.ONE_VOICE
                        : "Each bar is one source's count of prisoners released that day; each dashed line is " + ratio
                        + " times a count of hostages released in the deal that day (clause T04), one line per count the sources give."
                        + ReportView.ONE_VOICE,
                view.daily(perSource(report, Quantity.PRISONERS_RELEASED),
                        day -> ratio == null ? List.of() : hostageReadings(report, day.date()).stream()
                                .map(h -> new Requirement(ratio * h, ratio + " × " + h + " = " + ratio * h)).toList())));
        return charts;
    }

    /**
     * Aid trucks per source and day against the daily minimum: one dashed line per minimum that the run has, labelled,
     * where the readings of T06 set different minimums, with the readings that set it; none where there is no minimum.
     */
    private static Chart aidTrucks(ReportView view) {
        Report report = view.report();
        List<Long> minimums = report.values(AID_MINIMUM);
        Map<Long, List<String>> readingsOf = new TreeMap<>();
        List<String> fuelApart = new ArrayList<>();
        for (ReadingInForce r : report.readings()) {
            Long minimum = r.parameters().get(AID_MINIMUM);
            if (minimum != null) {
                readingsOf.computeIfAbsent(minimum, m -> new ArrayList<>()).add(r.id());
            }
            if (Long.valueOf(0).equals(r.parameters().get(AID_FUEL_COUNTS))) {
                fuelApart.add(r.id());
            }
        }
        String caption;
        List<Requirement> required;
        if (minimums.isEmpty()) {
            caption = "Each bar is one source's figure for the day.";
            required = List.of();
        } else if (minimums.size() == 1) {
            long minimum = minimums.get(0);
            List<String> by = readingsOf.getOrDefault(minimum, List.of());
            caption = "Each bar is one source's figure for the day; the dashed line is the daily minimum "
                    + (report.scenario().overrides().containsKey(AID_MINIMUM) ? "set for this what-if run"
                    : report.scenario().readings().containsKey("T06") ? "of the one reading this what-if run keeps" : "of the terms as reported")
                    + " (" + minimum + ", clause T06" + (by.size() == 1 ? ", read as " + by.get(0) : "") + ").";
            required = List.of(new Requirement(minimum, "at least " + minimum));
        } else {
            List<String> lines = new ArrayList<>();
            required = new ArrayList<>();
            for (long minimum : minimums) {
                String by = String.join(", ", readingsOf.getOrDefault(minimum, List.of()));
                lines.add(minimum + (by.isEmpty() ? "" : " read as " + by));
                // the label stands on the line of every day: short; the caption says which readings set each line
                required.add(new Requirement(minimum, "at least " + minimum));
            }
            caption = "Each bar is one source's figure for the day; each dashed line is a daily minimum of clause T06 under the readings"
                    + " that set it (" + String.join("; ", lines) + "): the readings differ, and none is the default.";
        }
        if (!required.isEmpty() && !fuelApart.isEmpty()) {
            caption += " Read as " + String.join(", ", fuelApart) + ", the trucks a report says carried fuel or cooking gas do not count"
                    + " toward the minimum, so a bar of all trucks at the line can fall short of it under that reading.";
        }
        List<Requirement> levels = List.copyOf(required);
        return new Chart("aid-trucks", "Aid trucks that entered Gaza, per source, per day", caption + ReportView.ONE_VOICE,
                view.daily(perSource(report, Quantity.AID_TRUCKS), day -> levels));
    }

    private static int initialDays(ReportView view) {
        return Math.min(view.report().calendar().pause().initialDays(), view.days().size());
    }

    /** The distinct counts of hostages released in the deal on a date, one per source (a source's reports of the day added up). */
    private static TreeSet<Long> hostageReadings(Report report, LocalDate date) {
        return new TreeSet<>(perSource(report, Quantity.HOSTAGES_IN_DEAL).apply(date).values());
    }

    /** The figure of each source on a date, sorted by source id, from the daily figures the rules compared; bounds are not bars. */
    private static Function<LocalDate, Map<String, Long>> perSource(Report report, Quantity quantity) {
        Map<LocalDate, Map<String, Long>> byDate = new HashMap<>();
        for (Object o : report.summaries()) {
            if (o instanceof Figure f && f.quantity() == quantity && f.bound() == org.truce.factset.Bound.EXACT) {
                byDate.computeIfAbsent(f.date(), d -> new TreeMap<>()).merge(f.source(), f.value(), Long::sum);
            }
        }
        return date -> byDate.getOrDefault(date, Map.of());
    }

    /**
     * The running total of hostages released in the deal over the first days, as the lowest and the highest that the
     * sources' figures give (the lowest figure of each day added up, and the highest); from a day with no report on,
     * there is no total.
     */
    private static Chart cumulativeHostages(ReportView view, long minimum, int initialDays) {
        List<ChartDay> chartDays = new ArrayList<>();
        long low = 0;
        long high = 0;
        boolean known = true;
        for (PauseDay day : view.days().subList(0, initialDays)) {
            TreeSet<Long> readings = hostageReadings(view.report(), day.date());
            known = known && !readings.isEmpty();
            List<Bar> bars = new ArrayList<>();
            if (known) {
                low += readings.first();
                high += readings.last();
                bars.add(new Bar("lowest total", low, List.of()));
                if (high != low) {
                    bars.add(new Bar("highest total", high, List.of()));
                }
            }
            List<Requirement> required = day.number() == initialDays
                    ? List.of(new Requirement(minimum, "at least " + minimum + " by day " + initialDays)) : List.of();
            chartDays.add(new ChartDay(day, bars, required));
        }
        return new Chart("hostages-total", "Hostages released in the deal since the pause began, days 1 to " + initialDays,
                "The running total from the sources' daily counts: the lowest counts of each day added up and, where the sources differ, the highest."
                        + " The dashed line is the total the terms as reported require by day " + initialDays + " (" + minimum + ", clause T03)."
                        + " After a day with no report there is no total.",
                chartDays);
    }
}
