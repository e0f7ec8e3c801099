package org.truce.agreements.gaza_2023_11;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One source's account of a party's scheduled handovers on one date: the latest one against its schedule.
 * {@code minutesLate} is negative when it completed early.
 */
public record HandoverTiming(LocalDate date, String party, List<String> sources,
                             OffsetDateTime scheduledAt, OffsetDateTime completedAt, long minutesLate) {
    public HandoverTiming {
        sources = List.copyOf(sources);
    }
}
