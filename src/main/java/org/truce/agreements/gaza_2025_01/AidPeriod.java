package org.truce.agreements.gaza_2025_01;

import java.time.LocalDate;
import java.util.List;

/**
 * A run of pause days, {@code from} to {@code to}, that some source reported a total of aid trucks over: its
 * {@code dates}, in order. Copied in shape from gaza-2023-11's ReportedPeriod, which this agreement does not import.
 */
public record AidPeriod(LocalDate from, LocalDate to, List<LocalDate> dates) {
    public AidPeriod {
        dates = List.copyOf(dates);
    }

    /** How many days the period has. */
    public long days() {
        return dates.size();
    }
}
