package org.truce.agreements.gaza_2025_01;

import org.truce.check.Entry;
import org.truce.factset.Bound;
import org.truce.factset.Day;
import org.truce.factset.FactSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One source's prisoners released on one pause day: the sum of that source's reports of the day without a bound
 * ({@code EXACT}), or one report that gives only a lower ({@code AT_LEAST}) or upper ({@code AT_MOST}) bound. A source
 * whose lists by id of the day are partial in any entry gives only a lower bound: its reports name some of its
 * releases, not all of them. Read by exchange-ratio (P1-10) and prisoners-same-day (P1-12).
 */
public record PrisonerTally(LocalDate date, long epochDay, String source, long value, Bound bound) implements Entry.Bounded {

    /**
     * The tallies of a fact set: per day and source, the sum of its reports without a bound, then each report with one.
     */
    public static List<PrisonerTally> of(FactSet facts) {
        List<PrisonerTally> out = new ArrayList<>();
        for (Day day : facts.days()) {
            Map<String, Long> bySource = new TreeMap<>();
            Set<String> partial = new HashSet<>();
            List<PrisonerTally> bounded = new ArrayList<>();
            for (Day.PrisonerRelease r : day.prisonerReleases()) {
                if (r.bound() != Bound.EXACT) {
                    bounded.add(new PrisonerTally(day.date(), day.date().toEpochDay(), r.source(), r.count(), r.bound()));
                    continue;
                }
                bySource.merge(r.source(), r.released(), Math::addExact);
                if (!r.complete()) {
                    partial.add(r.source());
                }
            }
            bySource.forEach((source, n) -> out.add(new PrisonerTally(day.date(), day.date().toEpochDay(), source, n,
                    partial.contains(source) ? Bound.AT_LEAST : Bound.EXACT)));
            out.addAll(bounded);
        }
        return out;
    }

    @Override
    public List<String> readBy() {
        return READ_BY;
    }

    private static final List<String> READ_BY = List.of("exchange-ratio", "prisoners-same-day");

    @Override
    public LocalDate day() {
        return date;
    }

    @Override
    public String shows() {
        return count() + (value == 1 ? " prisoner" : " prisoners") + " released on " + date;
    }

    /** The value, after "at least " or "at most " where it is a bound ("90", "at least 39"). */
    public String count() {
        return bound.before() + value;
    }

    /** Why the tally decides nothing about prisoners released within the lag, after what it shows. */
    public String notSameDay(long lag) {
        String why;
        if (bound == Bound.AT_MOST && value > 0) {
            why = "an upper bound cannot show that any prisoner was released";
        } else if (bound == Bound.AT_LEAST) {
            why = "a figure for part of the day cannot show that none was released";
        } else {
            why = "the prisoners may be released up to " + lag + (lag == 1 ? " pause day" : " pause days")
                    + " after the hostages, and the source gives no count of each of those days";
        }
        return shows() + ": " + why;
    }
}
