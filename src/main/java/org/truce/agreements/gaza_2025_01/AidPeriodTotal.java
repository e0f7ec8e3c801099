package org.truce.agreements.gaza_2025_01;

import org.truce.check.Entry;
import org.truce.factset.Bound;

import java.time.LocalDate;
import java.util.List;

/**
 * One source's total of the aid trucks that entered Gaza over the {@code days} pause days {@code from} to {@code to}:
 * the sum of its reports of that period without a bound ({@code EXACT}), or one report that gives only a bound of the
 * total (a running total, "over 10,000 trucks by 6 February", is {@code AT_LEAST}). The period finding of
 * daily-aid-trucks over those days reads it.
 */
public record AidPeriodTotal(LocalDate from, LocalDate to, long days, String source, long trucks, Bound bound) implements Entry.Bounded {

    @Override
    public List<String> readBy() {
        return List.of(Trucks.AID.term());
    }

    @Override
    public LocalDate day() {
        return from;
    }

    @Override
    public LocalDate over() {
        return to;
    }

    /** "8,500 trucks over 20 days", "at least 10,000 trucks over 19 days". */
    @Override
    public String shows() {
        return bound.before() + Trucks.number(trucks) + " trucks over " + days + " days";
    }

    /** Why the total shows a day short. */
    public String dayShort(long minimum) {
        return shows() + ": fewer than " + days + " × " + Trucks.number(minimum) + ", so at least one day fell short";
    }

    /** Why the total decides nothing: at or above days × minimum, or a lower bound below it. */
    public String undecided(long minimum) {
        return shows() + (bound == Bound.AT_LEAST && trucks < Math.multiplyExact(days, minimum)
                ? ": a lower bound cannot show that fewer than " + days + " × " + Trucks.number(minimum) + " entered"
                : ": a total of " + days + " × " + Trucks.number(minimum) + " or more cannot show that every day had " + Trucks.number(minimum));
    }

    /** What a source's own figures for every day of a period show. */
    public static String eachDay(long days, boolean aDayShort) {
        return "its own figure for each of the " + days + " days: " + (aDayShort ? "at least one day short" : "no day short");
    }
}
