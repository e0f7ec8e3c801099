package org.truce.agreements.gaza_2025_01;

import org.truce.check.Report;
import org.truce.factset.Bound;
import org.truce.report.ChartSource;
import org.truce.report.ReportView;
import org.truce.report.ReportView.Chart;
import org.truce.report.ReportView.Requirement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The charts of a gaza-2025-01 report: aid trucks, fuel trucks and aid trucks to the north per source and day, each
 * against its daily minimum (P1-16, P1-16A, P1-16B), from the counts the rules compared. Written for this agreement after
 * the aid-truck chart of gaza-2023-11, which it does not import.
 */
public final class Charts implements ChartSource {

    /** One chart per kind of trucks, in the order of the clause index. */
    @Override
    public List<Chart> charts(ReportView view) {
        return List.of(
                chart(view, Trucks.AID, "aid-trucks", "Aid trucks that entered Gaza, per source, per day", "P1-16"),
                chart(view, Trucks.FUEL, "fuel-trucks", "Trucks carrying fuel that entered Gaza, per source, per day", "P1-16A"),
                chart(view, Trucks.NORTH, "north-trucks", "Aid trucks that entered northern Gaza, per source, per day", "P1-16B"));
    }

    private static Chart chart(ReportView view, Trucks kind, String id, String title, String clause) {
        Report report = view.report();
        Long minimum = report.parameters().get(kind.term() + ".minimum-per-day");
        String caption = "Each bar is one source's count of the day; a figure that is only a bound of the day's trucks is not a bar."
                + (minimum == null ? "" : " The dashed line is the daily minimum " + (report.scenario().overrides().containsKey(kind.term()
                + ".minimum-per-day") ? "set for this what-if run" : "of the terms as reported") + " (" + Trucks.number(minimum)
                + ", clause " + clause + "). A day with no bar has no count, and its finding is undetermined.");
        List<Requirement> levels = minimum == null ? List.of() : List.of(new Requirement(minimum, "at least " + Trucks.number(minimum)));
        return new Chart(id, title, caption + ReportView.ONE_VOICE, view.daily(perSource(report, kind), day -> levels));
    }

    /** Each source's count of the kind on a date, from the summaries the rules compared; bounds are not bars. */
    private static Function<LocalDate, Map<String, Long>> perSource(Report report, Trucks kind) {
        Map<LocalDate, Map<String, Long>> byDate = new HashMap<>();
        for (Object o : report.summaries()) {
            if (o instanceof TruckDay t && t.kind() == kind && t.bound() == Bound.EXACT) {
                byDate.computeIfAbsent(t.date(), d -> new TreeMap<>()).merge(t.source(), t.trucks(), Long::sum);
            }
        }
        return date -> byDate.getOrDefault(date, Map.of());
    }
}
