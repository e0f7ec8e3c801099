package org.truce.agreements.gaza_2023_11;

/** How the rules of the daily-aid-trucks term (T06) write a source's trucks in an account's detail. */
public final class Trucks {

    private Trucks() {
    }

    /**
     * "200 trucks"; "200 trucks, 4 of them fuel or gas"; "200 trucks, 4 of them fuel or gas: 196 counted" where fuel
     * trucks do not count toward the minimum; "190 trucks, their loads not given" where they do not count and the
     * report does not say which carried fuel.
     */
    public static String counted(TruckCount count, boolean fuelCounts) {
        long all = count.trucks();
        Long fuel = count.fuelTrucks();
        if (fuel == null) {
            return fuelCounts ? all + " trucks" : all + " trucks, their loads not given";
        }
        if (fuel == 0) {
            return all + " trucks";
        }
        String of = all + " trucks, " + fuel + " of them fuel or gas";
        return fuelCounts ? of : of + ": " + (all - fuel) + " counted";
    }
}
