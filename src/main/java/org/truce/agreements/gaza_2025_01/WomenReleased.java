package org.truce.agreements.gaza_2025_01;

import org.truce.check.Entry;

import java.time.LocalDate;
import java.util.List;

/**
 * One source's account of the hostages of the deal released on one date, other than bodies, by category, for the
 * release-order-women term (P1-08): how many were released who rank after civilian women under the reading
 * civilian-women-first (female soldiers and men, {@code aheadOfCivilianWomen}) and after women under the reading
 * women-civilians-and-soldiers (men, {@code aheadOfWomen}). {@code decidable} is false where a report gives no
 * category or only a bound of the day's releases: such a source cannot show that nobody ranked later was released.
 */
public record WomenReleased(LocalDate date, String source, long aheadOfCivilianWomen, long aheadOfWomen, boolean decidable,
                            String shows) implements Entry.OfOneSource {

    @Override
    public List<String> readBy() {
        return List.of("release-order-women");
    }

    @Override
    public LocalDate day() {
        return date;
    }
}
