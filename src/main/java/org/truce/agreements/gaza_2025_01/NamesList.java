package org.truce.agreements.gaza_2025_01;

import org.truce.check.Entry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One source's report that the names of the hostages of the release of {@code date} were delivered, for the
 * names-before-release term (P1-04): at {@code at}, or, where no time was reported, at some time on the release's own
 * date (the format's rule for an event without a time). {@code earliestMinute} and {@code latestMinute} bound the
 * delivery, in minutes since the epoch.
 */
public record NamesList(LocalDate date, String source, OffsetDateTime at, long earliestMinute, long latestMinute) implements Entry.OfOneSource {

    static NamesList of(LocalDate date, String source, OffsetDateTime at) {
        return at == null
                ? new NamesList(date, source, null, Local.firstMinute(date), Local.lastMinute(date))
                : new NamesList(date, source, at, Local.minute(at), Local.minute(at));
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
        return "names delivered " + (at == null ? "on " + date + ", at a time not reported" : "at " + Local.shown(at));
    }
}
