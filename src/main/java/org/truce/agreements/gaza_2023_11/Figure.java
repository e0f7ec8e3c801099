package org.truce.agreements.gaza_2023_11;

import org.truce.check.Entry;
import org.truce.factset.Bound;

import java.time.LocalDate;
import java.util.List;

/**
 * One source's figure for one quantity on one day: the sum of that source's reports of that day without a bound
 * ({@code EXACT}), or one report that gives only a lower ({@code AT_LEAST}) or upper ({@code AT_MOST}) bound, which
 * never adds up with others. Hostages are read by exchange-ratio (T04) and extension-hostages (T05), prisoners by
 * exchange-ratio, fuel by daily-fuel (T07); aid trucks by no term as a figure (daily-aid-trucks reads them as a
 * {@link TruckCount}).
 */
public record Figure(Quantity quantity, LocalDate date, String source, long value, Bound bound) implements Entry.Bounded {

    /** The sum of a source's reports of the day without a bound. */
    public Figure(Quantity quantity, LocalDate date, String source, long value) {
        this(quantity, date, source, value, Bound.EXACT);
    }

    @Override
    public List<String> readBy() {
        return switch (quantity) {
            case HOSTAGES_IN_DEAL -> List.of("exchange-ratio", "extension-hostages");
            case PRISONERS_RELEASED -> List.of("exchange-ratio");
            case FUEL_LITRES -> List.of("daily-fuel");
            case AID_TRUCKS -> List.of();
        };
    }

    @Override
    public LocalDate day() {
        return date;
    }

    @Override
    public String shows() {
        return switch (quantity) {
            case HOSTAGES_IN_DEAL -> count() + " hostages released in the deal";
            case PRISONERS_RELEASED -> count() + " prisoners released";
            case AID_TRUCKS -> count() + " trucks";
            case FUEL_LITRES -> Litres.of(this);
        };
    }

    /**
     * Why a bound decides nothing against a minimum of the day: a lower bound below it cannot show it missed, an upper
     * bound at or above it cannot show it met ("at least 8 hostages released in the deal: a figure for part of the day
     * cannot show that fewer than 10 were released in all").
     */
    public String bounded(long minimum) {
        return shows() + (bound == Bound.AT_LEAST
                ? ": a figure for part of the day cannot show that fewer than " + minimum + " were released in all"
                : ": an upper bound cannot show that " + minimum + " were released");
    }

    /** Why a bound decides nothing over several days: it never adds up with other reports into their total. */
    public String notSummed() {
        return shows() + " on " + date + ": a bound never adds up with other reports into a total over several days";
    }

    /**
     * Why a pair of hostages and prisoners, one of them a bound, decides nothing against the ratio: the bounds leave
     * room on both sides of it ("at least 20 prisoners released, 10 hostages released in the deal: ...").
     */
    public static String ratioBounded(Figure hostages, Figure prisoners, long ratio) {
        return hostages.count() + " hostages, " + prisoners.count() + " prisoners: the bounds allow both at least and fewer than "
                + ratio + " prisoners per hostage";
    }

    /** The value, after "at least " or "at most " where it is a bound ("13", "at least 10"). */
    public String count() {
        return bound.before() + value;
    }
}
