package org.truce.agreements.gaza_2023_11;

import java.time.LocalDate;

/**
 * What one source's list of the day's releases says about the eligible list: the latest date on which any prisoner
 * released that day was first listed (as an epoch day; {@link Long#MAX_VALUE} when one was never listed), and whether
 * the list is complete (false: some of that source's releases of the day, not all of them).
 */
public record ListingDay(LocalDate date, String source, int released, long latestListedDay, String latestListedId,
                         boolean complete) {

    /** A complete list. */
    public ListingDay(LocalDate date, String source, int released, long latestListedDay, String latestListedId) {
        this(date, source, released, latestListedDay, latestListedId, true);
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
