package org.truce.agreements.gaza_2023_11;

import org.truce.factset.Bound;

import java.time.LocalDate;

/**
 * One source's figure for one quantity on one day: the sum of that source's reports of that day without a bound
 * ({@code EXACT}), or one report that gives only a lower ({@code AT_LEAST}) or upper ({@code AT_MOST}) bound, which
 * never adds up with others.
 */
public record Figure(Quantity quantity, LocalDate date, String source, long value, Bound bound) {

    /** The sum of a source's reports of the day without a bound. */
    public Figure(Quantity quantity, LocalDate date, String source, long value) {
        this(quantity, date, source, value, Bound.EXACT);
    }
}
