package org.truce.agreements.gaza_2023_11;

import java.time.LocalDate;
import java.util.List;

/**
 * One reading of a quantity summed over a run of days: one source's figure for each day, added up.
 * {@code breakdown} shows the daily figures ("13 + 13 + 13 + 11").
 */
public record PeriodFigure(Quantity quantity, LocalDate from, LocalDate to, List<String> sources, long value, String breakdown) {
    public PeriodFigure {
        sources = List.copyOf(sources);
    }
}
