package org.truce.agreements.gaza_2025_01;

import java.time.LocalDate;

/**
 * A witness for the living-before-deceased term (P1-07): a living hostage of the deal whom {@code source} reports
 * released on {@code releasedOn}, and who was therefore still held at the end of {@code date}; {@code kind} is
 * "later-day" for the first such release on a later date, "later-week" for the first in a later week of the release
 * schedule (Days 1–7, 8–14, …).
 */
public record LivingStillHeld(LocalDate date, String kind, LocalDate releasedOn, String source) {

    /** The witness in words. */
    public String describe() {
        return "a living hostage of the deal, released on " + releasedOn + " as reported by " + source + ", was still held";
    }
}
