package org.truce.agreements.gaza_2023_11;

import org.truce.check.Entry;

import java.time.LocalDate;
import java.util.List;

/**
 * What one source's list of the day's releases says about the eligible list: the latest date on which any prisoner
 * released that day was first listed (as an epoch day; {@link Long#MAX_VALUE} when one was never listed), and whether
 * the list is complete (false: some of that source's releases of the day, not all of them).
 */
public record ListingDay(LocalDate date, String source, int released, long latestListedDay, String latestListedId,
                         boolean complete) implements Entry.OfOneSource {

    /** A complete list. */
    public ListingDay(LocalDate date, String source, int released, long latestListedDay, String latestListedId) {
        this(date, source, released, latestListedDay, latestListedId, true);
    }

    @Override
    public List<String> readBy() {
        return List.of("eligible-list");
    }

    @Override
    public LocalDate day() {
        return date;
    }

    @Override
    public String shows() {
        return released + " released by a list by id";
    }

    /** True when a prisoner released that day was never listed. */
    public boolean someoneNeverListed() {
        return latestListedDay == Long.MAX_VALUE;
    }

    /** The latest listing date, or null when someone was never listed or nobody was released. */
    public LocalDate latestListedOn() {
        return latestListedDay == Long.MAX_VALUE || latestListedDay == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(latestListedDay);
    }
}
