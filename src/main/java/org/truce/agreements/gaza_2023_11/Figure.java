package org.truce.agreements.gaza_2023_11;

import org.truce.check.Entry;

import java.time.LocalDate;
import java.util.List;

/**
 * One source's figure for one quantity on one day: the sum of that source's reports of that day. Hostages are read by
 * exchange-ratio (T04) and extension-hostages (T05), prisoners by exchange-ratio, fuel by daily-fuel (T07); aid trucks
 * by no term as a figure (daily-aid-trucks reads them as a {@link TruckCount}).
 */
public record Figure(Quantity quantity, LocalDate date, String source, long value) implements Entry {

    @Override
    public List<String> readBy() {
        return switch (quantity) {
            case HOSTAGES_IN_DEAL -> List.of("exchange-ratio", "extension-hostages");
            case PRISONERS_RELEASED -> List.of("exchange-ratio");
            case FUEL_LITRES -> List.of("daily-fuel");
            case AID_TRUCKS -> List.of();
        };
    }

    @Override
    public LocalDate day() {
        return date;
    }

    @Override
    public List<String> reportedBy() {
        return List.of(source);
    }

    @Override
    public String shows() {
        return switch (quantity) {
            case HOSTAGES_IN_DEAL -> value + " hostages released in the deal";
            case PRISONERS_RELEASED -> value + " prisoners released";
            case AID_TRUCKS -> value + " trucks";
            case FUEL_LITRES -> String.format(java.util.Locale.ROOT, "%,d", value) + " litres";
        };
    }
}
