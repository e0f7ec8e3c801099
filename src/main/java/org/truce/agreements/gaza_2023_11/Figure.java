package org.truce.agreements.gaza_2023_11;

import org.truce.check.Entry;
import org.truce.factset.Bound;

import java.time.LocalDate;
import java.util.List;

/**
 * One source's figure for one quantity on one day: the sum of that source's reports of that day without a bound
 * ({@code EXACT}), or one report that gives only a lower ({@code AT_LEAST}) or upper ({@code AT_MOST}) bound, which
 * never adds up with others. Hostages are read by exchange-ratio (T04) and extension-hostages (T05), prisoners by
 * exchange-ratio, fuel by daily-fuel (T07); aid trucks by no term as a figure (daily-aid-trucks reads them as a
 * {@link TruckCount}).
 */
public record Figure(Quantity quantity, LocalDate date, String source, long value, Bound bound) implements Entry {

    /** The sum of a source's reports of the day without a bound. */
    public Figure(Quantity quantity, LocalDate date, String source, long value) {
        this(quantity, date, source, value, Bound.EXACT);
    }

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
        String bounded = switch (bound) {
            case EXACT -> "";
            case AT_LEAST -> "at least ";
            case AT_MOST -> "at most ";
        };
        return switch (quantity) {
            case HOSTAGES_IN_DEAL -> bounded + value + " hostages released in the deal";
            case PRISONERS_RELEASED -> bounded + value + " prisoners released";
            case AID_TRUCKS -> bounded + value + " trucks";
            case FUEL_LITRES -> Litres.of(this);
        };
    }
}
