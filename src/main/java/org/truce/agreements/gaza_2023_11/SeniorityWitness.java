package org.truce.agreements.gaza_2023_11;

import java.time.LocalDate;

/**
 * What one source's partial list of the day's releases can say about time served: the latest detention date among
 * those it names as released that day, and the earliest among prisoners eligible that day whom any source reports
 * released on a later day (so still held at the day's end), the witness. A list is read this way when it, or an
 * earlier list of its source ({@code partialSince}), says it is partial: who that source still held is then unknown.
 * Dates are epoch days; {@code anyWitness} is false when no such prisoner is reported.
 */
public record SeniorityWitness(LocalDate date, String source, int released, LocalDate partialSince,
                               long latestReleasedDetainedDay, String latestReleasedId,
                               boolean anyWitness, long witnessDetainedDay, String witnessId,
                               LocalDate witnessReleasedOn, String witnessSource) {

    /** The latest detention date among those released, as a date, or null when the list releases nobody. */
    public LocalDate latestReleasedDetainedOn() {
        return released == 0 ? null : LocalDate.ofEpochDay(latestReleasedDetainedDay);
    }

    /** The witness's detention date, or null when there is none. */
    public LocalDate witnessDetainedOn() {
        return anyWitness ? LocalDate.ofEpochDay(witnessDetainedDay) : null;
    }

    /** Why the list is read as partial, in words. */
    public String partialWhy() {
        return partialSince.equals(date) ? "a partial list" : "a list after this source's partial list of " + partialSince;
    }

    /** Why the list cannot decide the term: it shows no breach, and a partial list cannot show the order kept. */
    public String undecided() {
        String shown = released == 0 ? "nobody released by this list"
                : released + " named released, the latest detained on " + latestReleasedDetainedOn();
        String witness = anyWitness
                ? "the longest-serving eligible prisoner reported released later, " + witnessId + " (detained " + witnessDetainedOn()
                + ", released on " + witnessReleasedOn + "), served no longer"
                : "no eligible prisoner is reported released later";
        return partialWhy() + " (" + shown + "; " + witness + ") cannot show that nobody longer-serving was still held";
    }
}
