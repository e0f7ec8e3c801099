package org.truce.agreements.gaza_2023_11;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** How the rules write times and durations in an account's detail. */
public final class Times {

    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx", java.util.Locale.ROOT);
    /** The months as {@code DateTimeFormatter.ofPattern("MMM", Locale.ROOT)} writes them ("Nov"). */
    private static final String[] MONTHS = new String[12];

    static {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM", java.util.Locale.ROOT);
        for (int m = 1; m <= 12; m++) {
            MONTHS[m - 1] = java.time.LocalDate.of(2000, m, 1).format(month);
        }
    }

    private Times() {
    }

    /**
     * "scheduled 16:00, completed 23:05 on 25 Nov (+02:00)": both times in the schedule's offset, the date said once
     * when both fall on it, each time with its date otherwise.
     */
    public static String schedule(OffsetDateTime scheduled, OffsetDateTime completed) {
        OffsetDateTime done = completed.withOffsetSameInstant(scheduled.getOffset());
        String offset = " (" + offset(scheduled) + ")";
        if (done.toLocalDate().equals(scheduled.toLocalDate())) {
            return "scheduled " + clock(scheduled) + ", completed " + clock(done) + " on " + day(scheduled) + offset;
        }
        return "scheduled " + day(scheduled) + " " + clock(scheduled)
                + ", completed " + day(done) + " " + clock(done) + offset;
    }

    /** "completed 23:05 on 25 Nov (+02:00)": the time in the offset of {@code scheduled}. */
    public static String completion(OffsetDateTime scheduled, OffsetDateTime completed) {
        OffsetDateTime done = completed.withOffsetSameInstant(scheduled.getOffset());
        return "completed " + clock(done) + " on " + day(done) + " (" + offset(scheduled) + ")";
    }

    // A handover is written on every pause day: these write what the patterns "HH:mm", "d MMM" and "xxx" (Locale.ROOT)
    // would, without a formatter each time.

    /** "09:05", as the pattern "HH:mm". */
    static String clock(OffsetDateTime t) {
        return clock(t.getHour(), t.getMinute());
    }

    /** "25 Nov", as the pattern "d MMM". */
    static String day(OffsetDateTime t) {
        return t.getDayOfMonth() + " " + MONTHS[t.getMonthValue() - 1];
    }

    /** "+02:00", "-05:30", "+00:00", as the pattern "xxx". */
    static String offset(OffsetDateTime t) {
        int seconds = t.getOffset().getTotalSeconds();
        if (seconds % 60 != 0) {
            return t.format(OFFSET);
        }
        int minutes = Math.abs(seconds) / 60;
        return (seconds < 0 ? "-" : "+") + clock(minutes / 60, minutes % 60);
    }

    private static String clock(int h, int m) {
        return new String(new char[] {(char) ('0' + h / 10), (char) ('0' + h % 10), ':', (char) ('0' + m / 10), (char) ('0' + m % 10)});
    }

    /** "7 h 5 min", "1 min". */
    public static String duration(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        return h == 0 ? m + " min" : m == 0 ? h + " h" : h + " h " + m + " min";
    }
}
