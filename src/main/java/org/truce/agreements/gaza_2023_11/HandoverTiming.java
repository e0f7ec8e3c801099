package org.truce.agreements.gaza_2023_11;

import org.truce.check.Entry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One source's account of a party's scheduled handovers on one date: the latest one against its schedule
 * ({@code scheduledAt}, {@code completedAt}, {@code minutesLate}, negative when it completed early), and the latest to
 * complete ({@code lastCompletedAt}) with its minutes past the end of the date ({@code minutesPastDayEnd}: midnight at
 * the start of the next date, in the offset of its schedule; negative when it completed before).
 */
public record HandoverTiming(LocalDate date, String party, List<String> sources,
                             OffsetDateTime scheduledAt, OffsetDateTime completedAt, long minutesLate,
                             OffsetDateTime lastCompletedAt, long minutesPastDayEnd) implements Entry {
    public HandoverTiming {
        sources = List.copyOf(sources);
    }

    @Override
    public List<String> readBy() {
        return List.of("handover-schedule");
    }

    @Override
    public LocalDate day() {
        return date;
    }

    @Override
    public List<String> reportedBy() {
        return sources;
    }

    @Override
    public String shows() {
        return Times.schedule(scheduledAt, completedAt);
    }
}
