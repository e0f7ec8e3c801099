package org.truce.agreements.gaza_2023_11;

import org.truce.factset.Bound;

import java.time.LocalDate;

/**
 * One source's total of the aid trucks that entered over the {@code days} pause days {@code from} to {@code to}: the sum
 * of its reports of that period without a bound ({@code EXACT}), or one report that gives only a bound of the total.
 */
public record PeriodTotal(LocalDate from, LocalDate to, long days, String source, long trucks, Bound bound) {
}
