package org.truce.factset;

import java.time.LocalDate;
import java.util.List;

/**
 * A total over several pause days, {@code from} to {@code to} inclusive, as one source reported it ("248 trucks since
 * Friday"): not a count of any one of its days. Each entry of each list is one report by one source.
 */
public record Period(LocalDate from, LocalDate to, List<Day.AidTruckReport> aidTrucks) {
    public Period {
        aidTrucks = List.copyOf(aidTrucks);
    }
}
