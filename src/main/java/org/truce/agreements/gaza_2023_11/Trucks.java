package org.truce.agreements.gaza_2023_11;

/** How the rules of the daily-aid-trucks term (T06) write a source's trucks in an account's detail. */
public final class Trucks {

    private Trucks() {
    }

    /**
     * "200 trucks"; "200 trucks, 4 of them fuel or gas"; "200 trucks, 4 of them fuel: 196 counted" when fuel trucks do not
     * count toward the minimum.
     */
    public static String counted(long all, long fuel, boolean fuelCounts) {
        if (fuel == 0) {
            return all + " trucks";
        }
        String of = all + " trucks, " + fuel + " of them fuel or gas";
        return fuelCounts ? of : of + ": " + (all - fuel) + " counted";
    }
}
