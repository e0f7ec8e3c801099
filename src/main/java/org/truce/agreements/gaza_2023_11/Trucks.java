package org.truce.agreements.gaza_2023_11;

import org.truce.factset.Bound;

/** How the rules of the daily-aid-trucks term (T06) write a source's trucks in an account's detail. */
public final class Trucks {

    private Trucks() {
    }

    /**
     * "200 trucks"; "200 trucks, 4 of them fuel or gas"; where fuel trucks do not count, "200 trucks, 4 of them fuel or
     * gas: 196 counted", "190 trucks, their loads not given", or "260 trucks, 10 of them fuel or gas, 10 of loads not
     * given: 240 to 250 counted"; a bound says so first: "at least 187 trucks", "at most 250 trucks".
     */
    public static String counted(TruckCount count, boolean fuelCounts) {
        String bound = count.bound().before();
        return bound + exactly(count, fuelCounts);
    }

    private static String exactly(TruckCount count, boolean fuelCounts) {
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

    /**
     * Why a bound decides nothing: a lower bound below the minimum cannot show the day fell short of it, an upper bound
     * at or above it cannot show the day met it.
     */
    public static String bounded(TruckCount count, boolean fuelCounts, long minimum) {
        return counted(count, fuelCounts) + (count.bound() == Bound.AT_LEAST
                ? ": a figure for part of the day cannot show that fewer than " + minimum + " entered in all"
                : ": an upper bound cannot show that " + minimum + " entered");
    }

    /** A source's total over a period: "248 trucks over 2 days", "at least 300 trucks over 2 days". */
    public static String overPeriod(PeriodTotal total) {
        String bound = total.bound().before();
        return bound + total.trucks() + " trucks over " + total.days() + " days";
    }

    /** Why a total over a period shows a day short: below the days times the minimum. */
    public static String periodShort(PeriodTotal total, long minimum) {
        return overPeriod(total) + ": fewer than " + total.days() + " × " + minimum + ", so at least one day fell short";
    }

    /** Why a total over a period decides nothing: at or above the days times the minimum, or a lower bound below it. */
    public static String periodUndecided(PeriodTotal total, long minimum) {
        return overPeriod(total) + (total.bound() == Bound.AT_LEAST && total.trucks() < total.days() * minimum
                ? ": a lower bound cannot show that fewer than " + total.days() + " × " + minimum + " entered"
                : ": a total of " + total.days() + " × " + minimum + " or more cannot show that every day had " + minimum);
    }

    /** What a source's own figures for every day of a period show: "its figures for each of the 2 days: a day short". */
    public static String eachDay(long days, boolean aDayShort) {
        return "its own figure for each of the " + days + " days: " + (aDayShort ? "at least one day short" : "no day short");
    }
}
