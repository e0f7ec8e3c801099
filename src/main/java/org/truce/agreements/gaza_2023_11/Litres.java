package org.truce.agreements.gaza_2023_11;

import org.truce.factset.Bound;

import java.util.Locale;

/** How the rules of the daily-fuel term (T07) write a source's litres in an account's detail. */
public final class Litres {

    private Litres() {
    }

    /** "130,000 litres"; a bound says so first: "at least 90,000 litres", "at most 140,000 litres". */
    public static String of(Figure fuel) {
        String bound = switch (fuel.bound()) {
            case EXACT -> "";
            case AT_LEAST -> "at least ";
            case AT_MOST -> "at most ";
        };
        return bound + String.format(Locale.ROOT, "%,d", fuel.value()) + " litres";
    }

    /** Why a bound of the litres decides nothing: a lower bound below the minimum, or an upper bound at or above it. */
    public static String bounded(Figure fuel, long minimum) {
        String min = String.format(Locale.ROOT, "%,d", minimum);
        return of(fuel) + (fuel.bound() == Bound.AT_LEAST
                ? ": a figure for part of the day cannot show that less than " + min + " litres entered in all"
                : ": an upper bound cannot show that " + min + " litres entered");
    }
}
