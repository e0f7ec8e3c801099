package org.truce.agreements.gaza_2025_01;

import org.truce.check.Entry;
import org.truce.factset.Bound;

import java.time.LocalDate;
import java.util.List;

/**
 * One source's count of one kind of trucks on one pause day: the sum of that source's reports of the day without a bound
 * ({@code EXACT}), or one report that gives only a lower ({@code AT_LEAST}, a figure for part of the day) or upper
 * ({@code AT_MOST}) bound, which never adds up with the source's other reports. The term of its kind reads it.
 */
public record TruckDay(Trucks kind, LocalDate date, String source, long trucks, Bound bound) implements Entry.Bounded {

    /** The sum of a source's reports of the day without a bound. */
    public TruckDay(Trucks kind, LocalDate date, String source, long trucks) {
        this(kind, date, source, trucks, Bound.EXACT);
    }

    @Override
    public List<String> readBy() {
        return List.of(kind.term());
    }

    @Override
    public LocalDate day() {
        return date;
    }

    /** "630 trucks", "20 fuel trucks", "at least 300 trucks to the north", "at most 550 trucks". */
    @Override
    public String shows() {
        return bound.before() + Trucks.number(trucks) + " " + kind.unit();
    }

    /**
     * Why a bound decides nothing against the daily minimum: a lower bound below it cannot show the day short, an upper
     * bound at or above it cannot show the day met.
     */
    public String bounded(long minimum) {
        return shows() + (bound == Bound.AT_LEAST
                ? ": a figure for part of the day cannot show that fewer than " + Trucks.number(minimum) + " entered in all"
                : ": an upper bound cannot show that " + Trucks.number(minimum) + " entered");
    }
}
