package org.truce.agreements.gaza_2025_01;

import org.truce.check.PauseDay;
import org.truce.factset.Day;
import org.truce.factset.FactSet;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each source's first report of the events the timed terms wait for: {@code return-north-opened} (rashid-return-day7,
 * P1-14), {@code withdrawal-completed} (netzarim-withdrawal-day22, P1-15: the only withdrawal of phase one with a day of
 * its own that a term models) and {@code crossing-opened} (rafah-wounded, P1-18: the only crossing whose opening is a
 * clause). A source's first report is its earliest pause day with such an event, and within that day its earliest time
 * (a report with no time counts as that day, after the reports of it with a time).
 */
final class FirstReports {

    /** What a term waits for: the event kind, the words for it, and the parameter of its due day (null: none). */
    private record Awaited(String kind, String term, String happened, String dueDay) {
    }

    private static final List<Awaited> AWAITED = List.of(
            new Awaited("return-north-opened", "rashid-return-day7", "return north opened", "rashid-return-day7.day"),
            new Awaited("withdrawal-completed", "netzarim-withdrawal-day22", "withdrawal from the Netzarim axis completed",
                    "netzarim-withdrawal-day22.day"),
            new Awaited("crossing-opened", "rafah-wounded", "Rafah crossing opened", null));

    private static final Comparator<FirstReport> EARLIEST = Comparator.comparing(FirstReport::on)
            .thenComparing(FirstReport::at, Comparator.nullsLast(Comparator.comparing(OffsetDateTime::toInstant)));

    private FirstReports() {
    }

    static List<FirstReport> of(FactSet facts, List<PauseDay> days, Map<String, Long> parameters) {
        List<FirstReport> out = new ArrayList<>();
        for (Awaited awaited : AWAITED) {
            LocalDate due = awaited.dueDay() == null ? null : dueDate(days, parameters.get(awaited.dueDay()));
            Map<String, FirstReport> first = new LinkedHashMap<>();
            for (Day day : facts.days()) {
                for (Day.Event e : day.events()) {
                    if (e.kind().equals(awaited.kind())) {
                        FirstReport r = new FirstReport(awaited.term(), due == null ? day.date() : due, e.source(), awaited.happened(),
                                day.date(), day.date().toEpochDay(), e.at());
                        first.merge(e.source(), r, (a, b) -> EARLIEST.compare(a, b) <= 0 ? a : b);
                    }
                }
            }
            out.addAll(first.values());
        }
        return out;
    }

    /** The date of pause day {@code number} (Day 1 the first), or null where the pause has no such day. */
    static LocalDate dueDate(List<PauseDay> days, Long number) {
        if (number == null) {
            return null;
        }
        for (PauseDay d : days) {
            if (d.number() == number) {
                return d.date();
            }
        }
        return null;
    }
}
