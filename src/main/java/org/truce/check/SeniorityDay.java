package org.truce.check;

import java.time.LocalDate;

/**
 * What one source's list of the day's releases says about time served: the latest detention date among those
 * released that day, and the earliest among those eligible and, by that source's lists, still held at the day's end.
 * Earlier detention means longer time served. Dates are epoch days; {@code anyHeld} is false when nobody eligible is held.
 */
public record SeniorityDay(LocalDate date, String source, int released,
                           long latestReleasedDetainedDay, String latestReleasedId,
                           boolean anyHeld, long earliestHeldDetainedDay, String earliestHeldId) {

    /** The latest detention date among those released, as a date. */
    public LocalDate latestReleasedDetainedOn() {
        return LocalDate.ofEpochDay(latestReleasedDetainedDay);
    }

    /** The earliest detention date among those held, as a date. */
    public LocalDate earliestHeldDetainedOn() {
        return anyHeld ? LocalDate.ofEpochDay(earliestHeldDetainedDay) : null;
    }
}
