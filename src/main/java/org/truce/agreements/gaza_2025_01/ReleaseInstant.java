package org.truce.agreements.gaza_2025_01;

import org.truce.check.Entry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One source's account of when the first release of hostages of {@code date} by Hamas was completed, for the
 * names-before-release term (P1-04): its earliest handover's completion ({@code completedAt}), or, for a source that
 * reports hostages of the deal released that day but no handover, some time on that date ({@code completedAt} null).
 * {@code earliestMinute} and {@code latestMinute} bound it, in minutes since the epoch.
 */
public record ReleaseInstant(LocalDate date, String source, OffsetDateTime completedAt, long earliestMinute, long latestMinute)
        implements Entry.OfOneSource {

    static ReleaseInstant of(LocalDate date, String source, OffsetDateTime completedAt) {
        return completedAt == null
                ? new ReleaseInstant(date, source, null, Local.firstMinute(date), Local.lastMinute(date))
                : new ReleaseInstant(date, source, completedAt, Local.minute(completedAt), Local.minute(completedAt));
    }

    @Override
    public List<String> readBy() {
        return List.of("names-before-release");
    }

    @Override
    public LocalDate day() {
        return date;
    }

    @Override
    public String shows() {
        return completedAt == null ? "released on " + date + ", at a time not reported" : "released at " + Local.shown(completedAt);
    }

    /** How far ahead of this release a list was delivered, in words. */
    public String lead(NamesList list) {
        long most = latestMinute - list.earliestMinute();
        long least = earliestMinute - list.latestMinute();
        String ahead = most == least ? (most < 0 ? Local.duration(-most) + " after it" : Local.duration(most) + " ahead")
                : most < 0 ? "at least " + Local.duration(-most) + " after it"
                : least < 0 ? "at most " + Local.duration(most) + " ahead"
                : "between " + Local.duration(least) + " and " + Local.duration(most) + " ahead";
        return list.shows() + ", " + shows() + ": " + ahead;
    }
}
