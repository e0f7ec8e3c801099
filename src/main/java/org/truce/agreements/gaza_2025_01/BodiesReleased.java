package org.truce.agreements.gaza_2025_01;

import org.truce.check.Entry;

import java.time.LocalDate;
import java.util.List;

/**
 * One source's account of the hostages of the deal released on one date, for the living-before-deceased term
 * (P1-07): how many bodies it reports returned ({@code bodies}). {@code decidable} is false where a report does not
 * say whether those released were alive, or gives only a bound of the day's releases: such a source cannot show that
 * no body was returned.
 */
public record BodiesReleased(LocalDate date, String source, long bodies, boolean decidable, String shows) implements Entry.OfOneSource {

    @Override
    public List<String> readBy() {
        return List.of("living-before-deceased");
    }

    @Override
    public LocalDate day() {
        return date;
    }
}
