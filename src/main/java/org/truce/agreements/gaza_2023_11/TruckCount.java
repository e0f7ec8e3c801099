package org.truce.agreements.gaza_2023_11;

import org.truce.check.Entry;
import org.truce.factset.Bound;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts of the daily-aid-trucks term (T06) for one source and day: the trucks that entered by that source's
 * reports; how many of them its reports say carried fuel or cooking gas ({@code fuelTrucks}); and how many were in
 * reports that do not say what their trucks carried ({@code loadsNotGiven}). Where fuel trucks do not count, the trucks
 * that count are then at least {@code trucks - fuelTrucks - loadsNotGiven} and at most {@code trucks - fuelTrucks}.
 * A report with a {@code bound} is a count of its own (it never adds up with the source's other reports): the day's
 * trucks were at least ({@code AT_LEAST}) or at most ({@code AT_MOST}) its figure; otherwise {@code bound} is
 * {@code EXACT}, the sum of the source's reports without a bound.
 */
public record TruckCount(LocalDate date, String source, long trucks, long fuelTrucks, long loadsNotGiven, Bound bound) implements Entry.Bounded {

    /** The sum of a source's reports of the day without a bound. */
    public TruckCount(LocalDate date, String source, long trucks, long fuelTrucks, long loadsNotGiven) {
        this(date, source, trucks, fuelTrucks, loadsNotGiven, Bound.EXACT);
    }

    @Override
    public List<String> readBy() {
        return List.of("daily-aid-trucks");
    }

    @Override
    public LocalDate day() {
        return date;
    }

    @Override
    public String shows() {
        return Trucks.counted(this, true);
    }
}
