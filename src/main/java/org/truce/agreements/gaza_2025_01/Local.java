package org.truce.agreements.gaza_2025_01;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Local time of the agreement: Israel and Gaza kept UTC+02:00 for the whole of phase one (daylight saving began on
 * 28 March 2025), so a date starts at its midnight in that offset. Instants are compared as minutes since the epoch.
 */
final class Local {
    static final ZoneOffset OFFSET = ZoneOffset.ofHours(2);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm 'on' d MMM", Locale.ENGLISH);

    private Local() {
    }

    /** The first minute of a date, local time, in minutes since the epoch. */
    static long firstMinute(LocalDate date) {
        return date.atStartOfDay().toEpochSecond(OFFSET) / 60;
    }

    /** The last minute of a date, local time (23:59), in minutes since the epoch. */
    static long lastMinute(LocalDate date) {
        return firstMinute(date.plusDays(1)) - 1;
    }

    /** An instant in minutes since the epoch. */
    static long minute(OffsetDateTime at) {
        return at.toEpochSecond() / 60;
    }

    /** An instant as people read it, local time ("16:00 on 18 Jan"). */
    static String shown(OffsetDateTime at) {
        return at.withOffsetSameInstant(OFFSET).format(SHOWN);
    }

    /** A number of minutes as hours and minutes ("6 h 5 min", "24 h"). */
    static String duration(long minutes) {
        Duration d = Duration.ofMinutes(Math.abs(minutes));
        String sign = minutes < 0 ? "-" : "";
        return d.toMinutesPart() == 0 ? sign + d.toHours() + " h" : sign + d.toHours() + " h " + d.toMinutesPart() + " min";
    }
}
