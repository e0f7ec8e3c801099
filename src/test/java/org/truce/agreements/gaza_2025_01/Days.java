package org.truce.agreements.gaza_2025_01;

import org.truce.check.Pause;
import org.truce.factset.Day;
import org.truce.factset.FactSet;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Small fact sets of the second agreement for the tests of its summaries. */
final class Days {
    static final LocalDate DAY_1 = LocalDate.of(2025, 1, 19);
    static final Pause PAUSE = new Pause(DAY_1, DAY_1.plusDays(41), DAY_1.plusDays(41), 42);

    private Days() {
    }

    /** Hostages of the deal released, of a category and status (either may be null), by a source. */
    static Day.HostageRelease released(long count, String category, String status, String source) {
        return new Day.HostageRelease(count, true, source, null, null, category, status);
    }

    static Day day(LocalDate date, List<Day.HostageRelease> releases, List<Day.Handover> handovers, List<Day.Event> events) {
        return new Day(date, releases, List.of(), List.of(), List.of(), handovers, List.of(), List.of(), List.of(), events);
    }

    static Day releases(LocalDate date, Day.HostageRelease... releases) {
        return day(date, List.of(releases), List.of(), List.of());
    }

    static Day.Handover hamasHandover(OffsetDateTime completedAt, String source) {
        return new Day.Handover("Hamas", null, completedAt, source, null, null);
    }

    static Day.Event event(String kind, OffsetDateTime at, String source) {
        return new Day.Event(kind, at, source, null);
    }

    static OffsetDateTime at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atOffset(Local.OFFSET);
    }

    static FactSet facts(Day... days) {
        return new FactSet("truce-facts/1", "gaza-2025-01", null, List.of(), List.of(), List.of(), List.of(days), List.of());
    }
}
