package org.truce.agreements.gaza_2023_11;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** How the rules write times and durations in an account's detail. */
public final class Times {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", java.util.Locale.ROOT);
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx", java.util.Locale.ROOT);

    private Times() {
    }

    /**
     * "scheduled 16:00, completed 23:05 on 25 Nov (+02:00)": both times in the schedule's offset, the date said once
     * when both fall on it, each time with its date otherwise.
     */
    public static String schedule(OffsetDateTime scheduled, OffsetDateTime completed) {
        OffsetDateTime done = completed.withOffsetSameInstant(scheduled.getOffset());
        String offset = " (" + scheduled.format(OFFSET) + ")";
        if (done.toLocalDate().equals(scheduled.toLocalDate())) {
            return "scheduled " + scheduled.format(CLOCK) + ", completed " + done.format(CLOCK) + " on " + scheduled.format(DAY) + offset;
        }
        return "scheduled " + scheduled.format(DAY) + " " + scheduled.format(CLOCK)
                + ", completed " + done.format(DAY) + " " + done.format(CLOCK) + offset;
    }

    /** "completed 23:05 on 25 Nov (+02:00)": the time in the offset of {@code scheduled}. */
    public static String completion(OffsetDateTime scheduled, OffsetDateTime completed) {
        OffsetDateTime done = completed.withOffsetSameInstant(scheduled.getOffset());
        return "completed " + done.format(CLOCK) + " on " + done.format(DAY) + " (" + scheduled.format(OFFSET) + ")";
    }

    /** "7 h 5 min", "1 min". */
    public static String duration(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        return h == 0 ? m + " min" : m == 0 ? h + " h" : h + " h " + m + " min";
    }
}
