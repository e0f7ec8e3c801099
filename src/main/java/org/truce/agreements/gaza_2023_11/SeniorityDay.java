package org.truce.agreements.gaza_2023_11;

import org.truce.check.Entry;

import java.time.LocalDate;
import java.util.List;

/**
 * What one source's list of the day's releases says about time served: the latest detention date among those
 * released that day, and the earliest among those eligible and, by that source's lists, still held at the day's end.
 * Earlier detention means longer time served. Dates are epoch days; {@code anyHeld} is false when nobody eligible is held.
 */
public record SeniorityDay(LocalDate date, String source, int released,
                           long latestReleasedDetainedDay, String latestReleasedId,
                           boolean anyHeld, long earliestHeldDetainedDay, String earliestHeldId) implements Entry.OfOneSource {

    @Override
    public List<String> readBy() {
        return List.of("release-order");
    }

    @Override
    public LocalDate day() {
        return date;
    }

    @Override
    public String shows() {
        return describe();
    }

    /** The latest detention date among those released, as a date, or null when the list releases nobody. */
    public LocalDate latestReleasedDetainedOn() {
        return released == 0 ? null : LocalDate.ofEpochDay(latestReleasedDetainedDay);
    }

    /** What the list shows, in words, without judging it: who was released and who is still held. */
    public String describe() {
        String releasedPart = released == 0 ? "nobody released by this list"
                : released + " released, the latest detained on " + latestReleasedDetainedOn();
        String heldPart = anyHeld ? "the earliest detained among eligible prisoners still held: " + earliestHeldDetainedOn()
                : "no eligible prisoner still held";
        return releasedPart + "; " + heldPart;
    }

    /** The earliest detention date among those held, as a date. */
    public LocalDate earliestHeldDetainedOn() {
        return anyHeld ? LocalDate.ofEpochDay(earliestHeldDetainedDay) : null;
    }
}
