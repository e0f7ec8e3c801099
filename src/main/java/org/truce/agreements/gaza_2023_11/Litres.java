package org.truce.agreements.gaza_2023_11;

import org.truce.factset.Bound;

/** How the rules of the daily-fuel term (T07) write a source's litres in an account's detail. */
public final class Litres {

    private Litres() {
    }

    /**
     * A number as {@code String.format(Locale.ROOT, "%,d", n)} writes it, "130,000", without a formatter: the rules write
     * one on every pause day.
     */
    public static String grouped(long n) {
        String digits = Long.toString(n);
        int sign = n < 0 ? 1 : 0;
        int length = digits.length() - sign;
        if (length <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits.length() + length / 3);
        int head = sign + (length % 3 == 0 ? 3 : length % 3);
        out.append(digits, 0, head);
        for (int i = head; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** "130,000 litres"; a bound says so first: "at least 90,000 litres", "at most 140,000 litres". */
    public static String of(Figure fuel) {
        String bound = fuel.bound().before();
        return bound + grouped(fuel.value()) + " litres";
    }

    /** Why a bound of the litres decides nothing: a lower bound below the minimum, or an upper bound at or above it. */
    public static String bounded(Figure fuel, long minimum) {
        String min = grouped(minimum);
        return of(fuel) + (fuel.bound() == Bound.AT_LEAST
                ? ": a figure for part of the day cannot show that less than " + min + " litres entered in all"
                : ": an upper bound cannot show that " + min + " litres entered");
    }

    /** A source's total over a period: "770,000 litres over 7 days", "at least 300,000 litres over 2 days". */
    public static String overPeriod(FuelPeriodTotal total) {
        String bound = total.bound().before();
        return bound + grouped(total.litres()) + " litres over " + total.days() + " days";
    }

    /** Why a total over a period shows a day short: below the days times the minimum. */
    public static String periodShort(FuelPeriodTotal total, long minimum) {
        return overPeriod(total) + ": fewer than " + total.days() + " × " + grouped(minimum)
                + ", so at least one day fell short";
    }

    /** Why a total over a period decides nothing: at or above the days times the minimum, or a lower bound below it. */
    public static String periodUndecided(FuelPeriodTotal total, long minimum) {
        String min = grouped(minimum);
        return overPeriod(total) + (total.bound() == Bound.AT_LEAST && total.litres() < total.days() * minimum
                ? ": a lower bound cannot show that fewer than " + total.days() + " × " + min + " litres entered"
                : ": a total of " + total.days() + " × " + min + " litres or more cannot show that every day had " + min);
    }

    /** What a source's own figures for every day of a period show. */
    public static String eachDay(long days, boolean aDayShort) {
        return "its own figure for each of the " + days + " days: " + (aDayShort ? "at least one day short" : "no day short");
    }
}
