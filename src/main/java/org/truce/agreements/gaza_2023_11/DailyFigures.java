package org.truce.agreements.gaza_2023_11;

import org.truce.factset.Bound;
import org.truce.factset.Day;
import org.truce.factset.FactSet;
import org.truce.factset.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The daily figures the terms of counts compare (T03 to T07): per source, quantity and day, the sum of that source's
 * reports (releases outside the deal are not hostages of the deal), and sums of them over a period of days.
 */
final class DailyFigures {
    /** Combinations of daily figures kept for a period sum; beyond this, further readings are not enumerated. */
    static final int MAX_PERIOD_READINGS = 10_000;

    private DailyFigures() {
    }

    /*
     * Sums of counts. For a fact set the loader read, none here overflows a long (2^63 - 1, about 9.2e18): every count
     * is at most 1e9 (Limits.MAX_COUNT) and a release by ids names fewer than 2^31 ids, so one report is below 2^31;
     * a source's figure for a day sums at most one list of fewer than 2^31 reports, so it is below 2^31 * 2^31 = 2^62.
     * A period sum adds one such figure per day and could pass 2^63 from the third day on, however absurd the file
     * it would take. Math.addExact makes that, and any overflow of counts in a fact set built in memory (which never
     * met the loader's cap), an error, where Long::sum once wrapped 9223372036854775807 + 1 into a negative figure
     * that the rules judged as a breach.
     */

    static List<Figure> figures(FactSet facts) {
        List<Figure> figures = new ArrayList<>();
        // Loops rather than streams, and a map only where a day has a figure of its quantity: this runs on every day.
        for (Day day : facts.days()) {
            Map<String, Long> hostages = null;
            for (Day.HostageRelease r : day.hostageReleases()) {
                if (r.inDeal() && r.bound() == Bound.EXACT) {
                    hostages = add(hostages, r.source(), r.count());
                }
            }
            // A partial list by id is no count of the day: it names some of the source's releases, not how many there were.
            // A source's entries of a day are joined into one list, partial if any of them is: then none is a count.
            java.util.Set<String> partial = null;
            for (Day.PrisonerRelease r : day.prisonerReleases()) {
                if (!r.complete()) {
                    partial = partial == null ? new java.util.HashSet<>() : partial;
                    partial.add(r.source());
                }
            }
            Map<String, Long> prisoners = null;
            for (Day.PrisonerRelease r : day.prisonerReleases()) {
                if (r.complete() && r.bound() == Bound.EXACT && (partial == null || !partial.contains(r.source()))) {
                    prisoners = add(prisoners, r.source(), r.released());
                }
            }
            Map<String, Long> trucks = null;
            for (Day.AidTruckReport r : day.aidTrucks()) {
                if (r.bound() == Bound.EXACT) {
                    trucks = add(trucks, r.source(), r.count());
                }
            }
            Map<String, Long> fuel = null;
            for (Day.FuelReport r : day.fuelLitres()) {
                if (r.bound() == Bound.EXACT) {
                    fuel = add(fuel, r.source(), r.count());
                }
            }
            addAll(figures, Quantity.HOSTAGES_IN_DEAL, day.date(), hostages);
            addAll(figures, Quantity.PRISONERS_RELEASED, day.date(), prisoners);
            addAll(figures, Quantity.AID_TRUCKS, day.date(), trucks);
            addAll(figures, Quantity.FUEL_LITRES, day.date(), fuel);
            // A report with a bound is a figure of its own, after the sums of its quantity.
            for (Day.HostageRelease r : day.hostageReleases()) {
                if (r.inDeal() && r.bound() != Bound.EXACT) {
                    figures.add(new Figure(Quantity.HOSTAGES_IN_DEAL, day.date(), r.source(), r.count(), r.bound()));
                }
            }
            for (Day.PrisonerRelease r : day.prisonerReleases()) {
                if (r.bound() != Bound.EXACT) {
                    figures.add(new Figure(Quantity.PRISONERS_RELEASED, day.date(), r.source(), r.count(), r.bound()));
                }
            }
            for (Day.FuelReport r : day.fuelLitres()) {
                if (r.bound() != Bound.EXACT) {
                    figures.add(new Figure(Quantity.FUEL_LITRES, day.date(), r.source(), r.count(), r.bound()));
                }
            }
        }
        return figures;
    }

    /** {@code sums} (a new map, by source, if null) with {@code count} added to the source's sum. */
    private static Map<String, Long> add(Map<String, Long> sums, String source, long count) {
        Map<String, Long> to = sums == null ? new TreeMap<>() : sums;
        to.merge(source, count, Math::addExact);
        return to;
    }

    /** Each source's sum as a figure, by source id. */
    private static void addAll(List<Figure> figures, Quantity quantity, LocalDate date, Map<String, Long> sums) {
        if (sums != null) {
            sums.forEach((s, n) -> figures.add(new Figure(quantity, date, s, n)));
        }
    }

    /**
     * Per source and day, the aid trucks that entered, those of them its reports say carried fuel or cooking gas, and
     * those in its reports that do not say what their trucks carried; and each report with a bound, on its own.
     */
    static List<TruckCount> truckCounts(FactSet facts) {
        List<TruckCount> counts = new ArrayList<>();
        for (Day day : facts.days()) {
            Map<String, long[]> bySource = new TreeMap<>(); // {trucks, fuel trucks, trucks of loads not given}
            List<TruckCount> bounded = new ArrayList<>();
            for (Day.AidTruckReport r : day.aidTrucks()) {
                if (r.bound() != Bound.EXACT) {
                    long fuel = r.fuelTrucks() == null ? 0 : r.fuelTrucks();
                    bounded.add(new TruckCount(day.date(), r.source(), r.count(), fuel, r.fuelTrucks() == null ? r.count() : 0, r.bound()));
                    continue;
                }
                long[] c = bySource.computeIfAbsent(r.source(), s -> new long[3]);
                c[0] = Math.addExact(c[0], r.count());
                if (r.fuelTrucks() == null) {
                    c[2] = Math.addExact(c[2], r.count());
                } else {
                    c[1] = Math.addExact(c[1], r.fuelTrucks());
                }
            }
            bySource.forEach((s, c) -> counts.add(new TruckCount(day.date(), s, c[0], c[1], c[2])));
            counts.addAll(bounded);
        }
        return counts;
    }

    /**
     * Every reading of the quantity summed over the days from..to: one source's figure per day. Empty when a day has none.
     * A bound never adds up with other figures, so only figures without one are summed.
     */
    static List<PeriodFigure> periodSums(List<Figure> figures, Quantity quantity, LocalDate from, LocalDate to) {
        Map<LocalDate, List<Figure>> byDate = new HashMap<>();
        for (Figure f : figures) {
            if (f.quantity() == quantity && f.bound() == Bound.EXACT && !f.date().isBefore(from) && !f.date().isAfter(to)) {
                byDate.computeIfAbsent(f.date(), d -> new ArrayList<>()).add(f);
            }
        }
        record Partial(TreeSet<String> sources, long value, String breakdown) {
        }
        List<Partial> partials = List.of(new Partial(new TreeSet<>(), 0, ""));
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            List<Figure> today = byDate.get(d);
            if (today == null) {
                return List.of();
            }
            // equivalent mutant: without this sort a day's figures come in source order all the same: figures(), the only input, adds them from a map by source, each date once (the loader takes a date once)
            today.sort(Comparator.comparing(Figure::source));
            Map<String, Partial> next = new LinkedHashMap<>();
            readings:
            for (Partial p : partials) {
                for (Figure f : today) {
                    if (next.size() >= MAX_PERIOD_READINGS) {
                        break readings;
                    }
                    TreeSet<String> sources = new TreeSet<>(p.sources());
                    sources.add(f.source());
                    long value = Math.addExact(p.value(), f.value());
                    String breakdown = p.breakdown().isEmpty() ? Long.toString(f.value()) : p.breakdown() + " + " + f.value();
                    next.putIfAbsent(sources + "=" + value, new Partial(sources, value, breakdown));
                }
            }
            partials = List.copyOf(next.values());
        }
        return partials.stream().map(p -> new PeriodFigure(quantity, from, to, List.copyOf(p.sources()), p.value(), p.breakdown())).toList();
    }

    /**
     * Per period a fact set reports aid trucks over, the period itself, and each source's total: the sum of its reports
     * without a bound, and each report with a bound on its own.
     */
    static List<Object> periodTotals(FactSet facts) {
        return totals(facts, Period::aidTrucks, Day.AidTruckReport::source, Day.AidTruckReport::count, Day.AidTruckReport::bound,
                ReportedPeriod::new, PeriodTotal::new);
    }

    /**
     * Per period a fact set reports fuel over, the period itself, and each source's total: the sum of its reports
     * without a bound, and each report with a bound on its own.
     */
    static List<Object> fuelPeriodTotals(FactSet facts) {
        return totals(facts, Period::fuelLitres, Day.FuelReport::source, Day.FuelReport::count, Day.FuelReport::bound,
                FuelPeriod::new, FuelPeriodTotal::new);
    }

    /** A total over a period: from, to, its days, the source, the count and its bound. */
    private interface Total {
        Object of(LocalDate from, LocalDate to, long days, String source, long count, Bound bound);
    }

    /** The periods with reports of one quantity, each once, and each source's totals of it over each period. */
    private static <R> List<Object> totals(FactSet facts, java.util.function.Function<Period, List<R>> reports,
                                           java.util.function.Function<R, String> source, java.util.function.ToLongFunction<R> count,
                                           java.util.function.Function<R, Bound> bound,
                                           TriFunction<LocalDate, LocalDate, List<LocalDate>, Object> period, Total total) {
        List<Object> out = new ArrayList<>();
        Map<String, Object> periods = new TreeMap<>();
        for (Period p : facts.periods()) {
            if (reports.apply(p).isEmpty()) {
                continue;
            }
            List<LocalDate> dates = p.from().datesUntil(p.to().plusDays(1)).toList();
            periods.computeIfAbsent(p.from() + ".." + p.to(), k -> period.apply(p.from(), p.to(), dates));
            Map<String, Long> bySource = new TreeMap<>();
            for (R r : reports.apply(p)) {
                if (bound.apply(r) == Bound.EXACT) {
                    bySource.merge(source.apply(r), count.applyAsLong(r), Math::addExact);
                } else {
                    out.add(total.of(p.from(), p.to(), dates.size(), source.apply(r), count.applyAsLong(r), bound.apply(r)));
                }
            }
            bySource.forEach((s, n) -> out.add(total.of(p.from(), p.to(), dates.size(), s, n, Bound.EXACT)));
        }
        out.addAll(periods.values());
        return out;
    }

    /** A function of three arguments (the period's first day, last day and days). */
    private interface TriFunction<A, B, C, T> {
        T apply(A a, B b, C c);
    }
}
