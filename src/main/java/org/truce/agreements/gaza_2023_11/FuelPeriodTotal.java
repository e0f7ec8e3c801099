package org.truce.agreements.gaza_2023_11;

import org.truce.check.Entry;
import org.truce.factset.Bound;

import java.time.LocalDate;
import java.util.List;

/**
 * One source's total of the litres of fuel that entered over the {@code days} pause days {@code from} to {@code to}: the
 * sum of its reports of that period without a bound ({@code EXACT}), or one report that gives only a bound of the total.
 * The period finding of daily-fuel over those days reads it.
 */
public record FuelPeriodTotal(LocalDate from, LocalDate to, long days, String source, long litres, Bound bound) implements Entry.Bounded {

    @Override
    public List<String> readBy() {
        return List.of("daily-fuel");
    }

    @Override
    public LocalDate day() {
        return from;
    }

    @Override
    public LocalDate over() {
        return to;
    }

    @Override
    public String shows() {
        return Litres.overPeriod(this);
    }
}
