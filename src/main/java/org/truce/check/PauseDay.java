package org.truce.check;

import java.time.LocalDate;

/** One calendar date of the pause; {@code number} counts from 1, {@code extension} is true for days added by extensions. */
public record PauseDay(LocalDate date, int number, boolean extension, long epochDay) {
    static PauseDay of(LocalDate date, int number, boolean extension) {
        return new PauseDay(date, number, extension, date.toEpochDay());
    }
}
