package org.truce.factset;

import java.time.LocalDate;
import java.util.List;

/**
 * A total over several pause days, {@code from} to {@code to} inclusive, as one source reported it ("248 trucks since
 * Friday"): not a count of any one of its days. Each entry of each list is one report by one source.
 */
public record Period(LocalDate from, LocalDate to, List<Day.AidTruckReport> aidTrucks, List<Day.FuelReport> fuelLitres) {
    public Period {
        aidTrucks = List.copyOf(aidTrucks);
        fuelLitres = List.copyOf(fuelLitres);
    }

    /** A period with totals of aid trucks only. */
    public Period(LocalDate from, LocalDate to, List<Day.AidTruckReport> aidTrucks) {
        this(from, to, aidTrucks, List.of());
    }
}
