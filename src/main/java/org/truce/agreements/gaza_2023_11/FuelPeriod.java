package org.truce.agreements.gaza_2023_11;

import java.time.LocalDate;
import java.util.List;

/** A run of pause days, {@code from} to {@code to}, that some source reported a total of fuel over: its {@code dates}, in order. */
public record FuelPeriod(LocalDate from, LocalDate to, List<LocalDate> dates) {
    public FuelPeriod {
        dates = List.copyOf(dates);
    }

    /** How many days the period has. */
    public long days() {
        return dates.size();
    }
}
