package org.truce.agreements.gaza_2023_11;

/** How the rules of the daily-aid-trucks term (T06) write a source's trucks in an account's detail. */
public final class Trucks {

    private Trucks() {
    }

    /**
     * "200 trucks"; "200 trucks, 4 of them fuel or gas"; where fuel trucks do not count, "200 trucks, 4 of them fuel or
     * gas: 196 counted", "190 trucks, their loads not given", or "260 trucks, 10 of them fuel or gas, 10 of loads not
     * given: 240 to 250 counted".
     */
    public static String counted(TruckCount count, boolean fuelCounts) {
        long all = count.trucks();
        long fuel = count.fuelTrucks();
        long unknown = count.loadsNotGiven();
        String of = all + " trucks" + (fuel == 0 ? "" : ", " + fuel + " of them fuel or gas");
        if (fuelCounts || (fuel == 0 && unknown == 0)) {
            return of;
        }
        if (unknown == all) {
            return all + " trucks, their loads not given";
        }
        if (unknown == 0) {
            return of + ": " + (all - fuel) + " counted";
        }
        return of + ", " + unknown + " of loads not given: " + (all - fuel - unknown) + " to " + (all - fuel) + " counted";
    }

    /** Why a source's trucks decide nothing where fuel trucks do not count: enough of them, but of loads not all given. */
    public static String undecided(TruckCount count, long minimum) {
        return counted(count, false) + ": " + (count.loadsNotGiven() == count.trucks() ? "the report does not say" : "not every report says")
                + " how many carried fuel, so it cannot show " + minimum + " besides those";
    }
}
