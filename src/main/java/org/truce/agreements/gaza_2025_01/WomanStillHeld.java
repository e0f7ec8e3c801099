package org.truce.agreements.gaza_2025_01;

import java.time.LocalDate;

/**
 * A witness for the release-order-women term (P1-08): a living woman of the deal, of {@code kind} "civilian-woman" (a
 * civilian woman) or "woman" (a civilian woman or a female soldier), whom {@code source} reports released on
 * {@code releasedOn}, after {@code date}, and who was therefore still held at the end of {@code date}: the first such
 * release after that date.
 */
public record WomanStillHeld(LocalDate date, String kind, LocalDate releasedOn, String source, String category) {

    /** The witness in words. */
    public String describe() {
        return "a living " + (category.equals("civilian-woman") ? "civilian woman" : "female soldier")
                + " of the deal, released on " + releasedOn + " as reported by " + source + ", was still held";
    }
}
