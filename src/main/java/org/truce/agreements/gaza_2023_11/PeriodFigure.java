package org.truce.agreements.gaza_2023_11;

import org.truce.check.Entry;

import java.time.LocalDate;
import java.util.List;

/**
 * One reading of a quantity summed over a run of days: one source's figure for each day, added up.
 * {@code breakdown} shows the daily figures ("13 + 13 + 13 + 11").
 */
public record PeriodFigure(Quantity quantity, LocalDate from, LocalDate to, List<String> sources, long value, String breakdown)
        implements Entry {
    public PeriodFigure {
        sources = List.copyOf(sources);
    }

    /** Hostages over the initial pause are read by initial-hostages (T03), on its last initial day. */
    @Override
    public List<String> readBy() {
        return quantity == Quantity.HOSTAGES_IN_DEAL ? List.of("initial-hostages") : List.of();
    }

    @Override
    public LocalDate day() {
        return to;
    }

    @Override
    public List<String> reportedBy() {
        return sources;
    }

    @Override
    public String shows() {
        return value + (quantity == Quantity.HOSTAGES_IN_DEAL ? " hostages" : "") + " (" + breakdown + ")";
    }
}
