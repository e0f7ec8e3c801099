package org.truce.agreements.gaza_2023_11;

import org.truce.check.Entry;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts of the daily-aid-trucks term (T06) for one source and day: the trucks that entered by that source's
 * reports; how many of them its reports say carried fuel or cooking gas ({@code fuelTrucks}); and how many were in
 * reports that do not say what their trucks carried ({@code loadsNotGiven}). Where fuel trucks do not count, the trucks
 * that count are then at least {@code trucks - fuelTrucks - loadsNotGiven} and at most {@code trucks - fuelTrucks}.
 */
public record TruckCount(LocalDate date, String source, long trucks, long fuelTrucks, long loadsNotGiven) implements Entry {

    @Override
    public List<String> readBy() {
        return List.of("daily-aid-trucks");
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
        return Trucks.counted(this, true);
    }
}
