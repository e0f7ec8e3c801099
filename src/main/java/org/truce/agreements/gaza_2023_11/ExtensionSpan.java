package org.truce.agreements.gaza_2023_11;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The days one extension added, {@code from} to {@code to}, and when it was agreed (null where no date was reported).
 * Extensions take the days after the initial pause in the order they were agreed (those without a date last, in
 * the order of the fact set).
 */
public record ExtensionSpan(LocalDate agreedOn, LocalDate from, LocalDate to, int days, String source) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    /** "the extension agreed on 27 November, 28 November to 29 November", for requirements. */
    public String describe() {
        String agreed = agreedOn == null ? "the extension" : "the extension agreed on " + DAY.format(agreedOn);
        return agreed + (days == 1 ? ", for " + DAY.format(from) : ", for " + DAY.format(from) + " to " + DAY.format(to));
    }
}
