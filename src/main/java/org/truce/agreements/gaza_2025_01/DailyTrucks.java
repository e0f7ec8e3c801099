package org.truce.agreements.gaza_2025_01;

import org.truce.factset.Bound;
import org.truce.factset.Day;
import org.truce.factset.FactSet;
import org.truce.factset.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summaries the three daily truck terms (P1-16 daily-aid-trucks, P1-16A daily-fuel-trucks, P1-16B north-aid-trucks)
 * compare: per kind, source and pause day, the sum of that source's reports, each report with a bound on its own; and per
 * period a source reported aid trucks over, the period and each source's total. The way of summing follows gaza-2023-11's
 * DailyFigures, written anew here for this agreement's fields.
 */
final class DailyTrucks {

    private DailyTrucks() {
    }

    /** A report of some trucks: how many, by whom, and whether its figure is a bound. */
    private record Report(long count, String source, Bound bound) {
    }

    /** Per kind of trucks, each source's count of each day, sums first, then each report with a bound. */
    static List<TruckDay> days(FactSet facts) {
        List<TruckDay> out = new ArrayList<>();
        for (Day day : facts.days()) {
            add(out, Trucks.AID, day.date(), day.aidTrucks().stream().map(r -> new Report(r.count(), r.source(), r.bound())).toList());
            add(out, Trucks.FUEL, day.date(), day.fuelTrucksIn().stream().map(r -> new Report(r.count(), r.source(), r.bound())).toList());
            add(out, Trucks.NORTH, day.date(), day.trucksToNorth().stream().map(r -> new Report(r.count(), r.source(), r.bound())).toList());
        }
        return out;
    }

    private static void add(List<TruckDay> out, Trucks kind, LocalDate date, List<Report> reports) {
        Map<String, Long> sums = new TreeMap<>();
        // Math.addExact: an overflow is an error, never a negative count that the rules would judge a breach.
        reports.stream().filter(r -> r.bound() == Bound.EXACT).forEach(r -> sums.merge(r.source(), r.count(), Math::addExact));
        sums.forEach((source, n) -> out.add(new TruckDay(kind, date, source, n)));
        reports.stream().filter(r -> r.bound() != Bound.EXACT).forEach(r -> out.add(new TruckDay(kind, date, r.source(), r.count(), r.bound())));
    }

    /**
     * Per period with reports of aid trucks, the period once, and each source's total over it: the sum of its reports
     * without a bound, and each report with a bound on its own.
     */
    static List<Object> periods(FactSet facts) {
        List<Object> out = new ArrayList<>();
        Map<String, AidPeriod> periods = new TreeMap<>();
        Map<String, Map<String, Long>> sums = new TreeMap<>(); // by period, then source
        for (Period p : facts.periods()) {
            if (p.aidTrucks().isEmpty()) {
                continue;
            }
            String key = p.from() + ".." + p.to();
            List<LocalDate> dates = p.from().datesUntil(p.to().plusDays(1)).toList();
            periods.computeIfAbsent(key, k -> new AidPeriod(p.from(), p.to(), dates));
            for (Day.AidTruckReport r : p.aidTrucks()) {
                if (r.bound() == Bound.EXACT) {
                    sums.computeIfAbsent(key, k -> new TreeMap<>()).merge(r.source(), r.count(), Math::addExact);
                } else {
                    out.add(new AidPeriodTotal(p.from(), p.to(), dates.size(), r.source(), r.count(), r.bound()));
                }
            }
        }
        sums.forEach((key, bySource) -> {
            AidPeriod period = periods.get(key);
            bySource.forEach((s, n) -> out.add(new AidPeriodTotal(period.from(), period.to(), period.days(), s, n, Bound.EXACT)));
        });
        out.addAll(periods.values());
        return out;
    }
}
