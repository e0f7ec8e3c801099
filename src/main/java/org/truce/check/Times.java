package org.truce.check;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** How the rules write times and durations in an account's detail. */
public final class Times {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("d MMM HH:mm xxx", java.util.Locale.ROOT);

    private Times() {
    }

    /** "25 Nov 16:00 +02:00": the time with the offset it was reported in. */
    public static String local(OffsetDateTime time) {
        return time.format(LOCAL);
    }

    /** "7 h 5 min", "1 min". */
    public static String duration(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        return h == 0 ? m + " min" : m == 0 ? h + " h" : h + " h " + m + " min";
    }
}
