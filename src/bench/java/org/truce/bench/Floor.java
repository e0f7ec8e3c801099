package org.truce.bench;

import org.truce.factset.Bound;
import org.truce.factset.Day;
import org.truce.factset.Period;
import org.truce.factset.Extension;
import org.truce.factset.FactSet;
import org.truce.factset.Prisoner;
import org.truce.rulebook.ClauseIndex;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * The floor of the benchmark: the terms of gaza-2023-11 evaluated in plain Java, with straightforward sorted scans,
 * on the same loaded facts. It exists only here, to measure truce against; truce's terms are its DRL rules.
 * A clause with readings (T05, T06, T14) is evaluated under every reading in force, as the rules do in one session: each
 * reading's accounts give that reading's status, and all of them together the finding's.
 * Returns, per term, how many findings have each status, and per term and reading how many have each status under
 * that reading ({@link #key}), which the harness compares with truce's.
 */
final class Floor {

    enum Status { COMPLIANT, VIOLATED, CONTESTED, UNDETERMINED }

    private Floor() {
    }

    /** The key a finding's status is counted under: its term, and the reading for its status under one reading. */
    static String key(String term, String reading, Object status) {
        return reading == null ? term + " " + status : term + " [" + reading + "] " + status;
    }

    /** Every reading of every clause, as a run with no {@code --reading}. */
    static Map<String, Integer> evaluate(FactSet facts, ClauseIndex index) {
        return evaluate(facts, index, Map.of());
    }

    /** A reading in force: its id and every parameter's value under it (the reading's, else the index's). */
    private record In(String id, Map<String, Long> p) {
    }

    /** The readings in force of the clause a term models: all of them, or the one {@code keep} (clause → reading id) keeps. */
    private static List<In> readings(ClauseIndex index, String term, Map<String, Long> p, Map<String, String> keep) {
        List<In> in = new ArrayList<>();
        index.clauseOfTerm(term).ifPresent(c -> c.readings().stream()
                .filter(r -> !keep.containsKey(c.id()) || keep.get(c.id()).equals(r.id()))
                .forEach(r -> {
                    Map<String, Long> q = new HashMap<>(p);
                    q.putAll(r.parameters());
                    in.add(new In(r.id(), q));
                }));
        return in;
    }

    /** The findings under the readings in force: all of them but, for each clause in {@code keep}, the one it names. */
    static Map<String, Integer> evaluate(FactSet facts, ClauseIndex index, Map<String, String> keep) {
        Map<String, Long> p = new HashMap<>();
        index.parameters().forEach(x -> p.put(x.name(), x.value()));
        List<In> aid = readings(index, "daily-aid-trucks", p, keep);
        List<In> schedule = readings(index, "handover-schedule", p, keep);
        LocalDate first = OffsetDateTime.parse(index.pause().start()).toLocalDate();
        int initial = index.pause().initialDays();
        int total = initial + facts.extensions().stream().mapToInt(Extension::days).sum();
        LocalDate last = first.plusDays(total - 1L);
        LocalDate lastInitial = first.plusDays(initial - 1L);

        Map<String, Integer> counts = new TreeMap<>();
        Map<LocalDate, Day> byDate = new HashMap<>();
        facts.days().forEach(d -> byDate.put(d.date(), d));
        // T06 accounts per reading, date and source: what a period's sources that decided each of its days show.
        Map<String, Map<LocalDate, Map<String, List<Boolean>>>> aidByDay = new HashMap<>();
        // T07 accounts per date and source, for the periods with totals of fuel.
        Map<LocalDate, Map<String, List<Boolean>>> fuelByDay = new HashMap<>();

        // Per day: one figure per source.
        List<Map<String, Long>> hostages = new ArrayList<>(total);
        List<List<long[]>> hostageBounds = new ArrayList<>(total);
        List<LocalDate> prisonerDays = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            LocalDate date = first.plusDays(i);
            Day day = byDate.get(date);
            Map<String, Long> h = new TreeMap<>();
            Map<String, Long> pr = new TreeMap<>();
            Map<String, Long> counted = new TreeMap<>();
            List<long[]> hb = new ArrayList<>(); // bounded hostage figures: {count, bound ordinal}
            List<long[]> pb = new ArrayList<>(); // bounded prisoner figures
            Map<String, Long> t = new TreeMap<>();
            Map<String, Long> fuel = new TreeMap<>();
            Map<String, Long> fuelTrucks = new HashMap<>();
            Map<String, Long> loadsNotGiven = new HashMap<>();
            if (day != null) {
                // A report with a bound stands on its own (bounded); the others of a source add up.
                day.hostageReleases().stream().filter(r -> r.inDeal() && r.bound() == Bound.EXACT).forEach(r -> h.merge(r.source(), r.count(), Long::sum));
                day.hostageReleases().stream().filter(r -> r.inDeal() && r.bound() != Bound.EXACT).forEach(r -> hb.add(new long[] {r.count(), r.bound().ordinal()}));
                day.prisonerReleases().forEach(r -> pr.merge(r.source(), r.released(), Long::sum));
                // a partial list by id is no count of the day
                java.util.Set<String> partial = new java.util.HashSet<>();
                day.prisonerReleases().stream().filter(r -> !r.complete()).forEach(r -> partial.add(r.source()));
                day.prisonerReleases().stream().filter(r -> r.complete() && r.bound() == Bound.EXACT && !partial.contains(r.source()))
                        .forEach(r -> counted.merge(r.source(), r.released(), Long::sum));
                day.prisonerReleases().stream().filter(r -> r.bound() != Bound.EXACT).forEach(r -> pb.add(new long[] {r.count(), r.bound().ordinal()}));
                // A report with a bound stands on its own (bounded); the others of a source add up.
                day.aidTrucks().stream().filter(r -> r.bound() == Bound.EXACT).forEach(r -> t.merge(r.source(), r.count(), Long::sum));
                // per source: the fuel trucks its reports name, and the trucks of its reports that do not say their loads
                day.aidTrucks().stream().filter(r -> r.bound() == Bound.EXACT).forEach(r -> {
                    fuelTrucks.merge(r.source(), r.fuelTrucks() == null ? 0L : r.fuelTrucks(), Long::sum);
                    loadsNotGiven.merge(r.source(), r.fuelTrucks() == null ? r.count() : 0L, Long::sum);
                });
                day.fuelLitres().stream().filter(r -> r.bound() == Bound.EXACT).forEach(r -> fuel.merge(r.source(), r.count(), Long::sum));
            }
            hostages.add(h);
            hostageBounds.add(hb);
            if (!pr.isEmpty()) {
                prisonerDays.add(date);
            }
            // T06 daily aid trucks, under each reading: per source, the trucks that count against the reading's minimum.
            // Where fuel trucks do not count: the trucks that count are at least those of reports that give their loads,
            // less the fuel trucks, and at most all trucks less the fuel trucks; a source decides only where both bounds
            // fall on one side of the minimum. No reading, no finding.
            if (!aid.isEmpty()) {
                Map<String, List<Boolean>> byReading = new LinkedHashMap<>();
                for (In r : aid) {
                    long min = r.p().get("daily-aid-trucks.minimum-per-day");
                    long fuelCounts = r.p().get("daily-aid-trucks.fuel-trucks-count");
                    List<Boolean> accounts = new ArrayList<>(t.size());
                    Map<String, List<Boolean>> perSource = new TreeMap<>();
                    t.forEach((source, all) -> {
                        long most = all - fuelTrucks.getOrDefault(source, 0L);
                        long least = most - loadsNotGiven.getOrDefault(source, 0L);
                        Boolean a = decide(fuelCounts != 0 ? all : least, fuelCounts != 0 ? all : most, min, Bound.EXACT);
                        if (a != null) {
                            accounts.add(a);
                            perSource.computeIfAbsent(source, x -> new ArrayList<>()).add(a);
                        }
                    });
                    if (day != null) {
                        for (Day.AidTruckReport b : day.aidTrucks()) {
                            if (b.bound() != Bound.EXACT) {
                                long most = b.count() - (b.fuelTrucks() == null ? 0 : b.fuelTrucks());
                                long least = b.fuelTrucks() == null ? 0 : most;
                                Boolean a = decide(fuelCounts != 0 ? b.count() : least, fuelCounts != 0 ? b.count() : most, min, b.bound());
                                if (a != null) {
                                    accounts.add(a);
                                    perSource.computeIfAbsent(b.source(), x -> new ArrayList<>()).add(a);
                                }
                            }
                        }
                    }
                    byReading.put(r.id(), accounts);
                    aidByDay.computeIfAbsent(r.id(), x -> new HashMap<>()).put(date, perSource);
                }
                count(counts, "daily-aid-trucks", byReading);
            }
            // T07 daily fuel.
            long minLitres = p.get("daily-fuel.minimum-litres-per-day");
            List<Boolean> fuelAccounts = new ArrayList<>(fuel.values().stream().map(v -> v >= minLitres).toList());
            Map<String, List<Boolean>> fuelPerSource = new TreeMap<>();
            fuel.forEach((source, v) -> fuelPerSource.computeIfAbsent(source, x -> new ArrayList<>()).add(v >= minLitres));
            if (day != null) {
                for (Day.FuelReport b : day.fuelLitres()) {
                    Boolean a = b.bound() == Bound.EXACT ? null : decide(b.count(), b.count(), minLitres, b.bound());
                    if (a != null) {
                        fuelAccounts.add(a);
                        fuelPerSource.computeIfAbsent(b.source(), x -> new ArrayList<>()).add(a);
                    }
                }
            }
            fuelByDay.put(date, fuelPerSource);
            count(counts, "daily-fuel", fuelAccounts);
            // T04 exchange ratio.
            long ratio = p.get("exchange-ratio.prisoners-per-hostage");
            List<Boolean> ratioAccounts = new ArrayList<>();
            List<long[]> hAll = new ArrayList<>(hb);
            h.values().forEach(v -> hAll.add(new long[] {v, Bound.EXACT.ordinal()}));
            List<long[]> pAll = new ArrayList<>(pb);
            counted.values().forEach(v -> pAll.add(new long[] {v, Bound.EXACT.ordinal()}));
            for (long[] hv : hAll) {
                for (long[] pv : pAll) {
                    // met only if the fewest prisoners reach the ratio times the most hostages; missed only the reverse
                    boolean hLeast = hv[1] == Bound.AT_LEAST.ordinal();
                    boolean hMost = hv[1] == Bound.AT_MOST.ordinal();
                    boolean pLeast = pv[1] == Bound.AT_LEAST.ordinal();
                    boolean pMost = pv[1] == Bound.AT_MOST.ordinal();
                    if (pv[0] >= ratio * hv[0] && !hLeast && !pMost) {
                        ratioAccounts.add(true);
                    } else if (pv[0] < ratio * hv[0] && !hMost && !pLeast) {
                        ratioAccounts.add(false);
                    }
                }
            }
            count(counts, "exchange-ratio", ratioAccounts);
            // T05 extension hostages: counted after the loop, once every day's figures are known (an extension is judged
            // as a whole on its last day under as-agreed-for-the-extension).
            // T14 handovers with a schedule, under each reading: per party, per source the handover latest against its
            // schedule (announced-time: at most the tolerance late) and the last to complete (before-midnight: before
            // midnight at the start of the next date, in the offset of its schedule). No reading, no finding.
            if (day != null && !schedule.isEmpty()) {
                Map<String, Map<String, long[]>> worst = new TreeMap<>();
                for (Day.Handover ho : day.handovers()) {
                    if (ho.scheduledAt() != null) {
                        long late = Duration.between(ho.scheduledAt(), ho.completedAt()).toMinutes();
                        OffsetDateTime dayEnd = date.plusDays(1).atStartOfDay().atOffset(ho.scheduledAt().getOffset());
                        long pastDayEnd = Duration.between(dayEnd, ho.completedAt()).toMinutes();
                        long[] w = worst.computeIfAbsent(ho.party(), k -> new TreeMap<>())
                                .computeIfAbsent(ho.source(), k -> new long[] {Long.MIN_VALUE, Long.MIN_VALUE});
                        w[0] = Math.max(w[0], late);
                        w[1] = Math.max(w[1], pastDayEnd);
                    }
                }
                for (Map<String, long[]> bySource : worst.values()) {
                    Map<String, List<Boolean>> byReading = new LinkedHashMap<>();
                    for (In r : schedule) {
                        if (r.id().equals("announced-time")) {
                            long tolerance = r.p().get("handover-schedule.tolerance-minutes");
                            byReading.put(r.id(), bySource.values().stream().map(w -> w[0] <= tolerance).toList());
                        } else if (r.id().equals("before-midnight")) {
                            byReading.put(r.id(), bySource.values().stream().map(w -> w[1] < 0).toList());
                        }
                    }
                    if (!byReading.isEmpty()) {
                        count(counts, "handover-schedule", byReading);
                    }
                }
            }
        }
        // T03 initial hostages: every reading of the sum over the initial days (one source per day).
        List<Long> sums = List.of(0L);
        for (int i = 0; i < initial && !sums.isEmpty(); i++) {
            List<Long> next = new ArrayList<>();
            for (long s : sums) {
                for (long v : hostages.get(i).values()) {
                    next.add(s + v);
                }
            }
            sums = next;
        }
        long minInitial = p.get("initial-hostages.minimum");
        count(counts, "initial-hostages", sums.stream().distinct().map(v -> v >= minInitial).toList());

        extensions(facts, readings(index, "extension-hostages", p, keep), lastInitial, hostages, hostageBounds, initial, counts);
        periods(facts, aid, aidByDay, counts);
        fuelPeriods(facts, p.get("daily-fuel.minimum-litres-per-day"), fuelByDay, counts);
        releasesById(facts, first, last, prisonerDays, readings(index, "release-order", p, keep), counts);
        return counts;
    }

    /**
     * A figure's account against a minimum, or null where it decides nothing: the counted trucks lie from {@code least}
     * to {@code most}; a lower bound can only show the minimum met, an upper bound only missed.
     */
    private static Boolean decide(long least, long most, long min, Bound bound) {
        if (least >= min && bound != Bound.AT_MOST) {
            return true;
        }
        if (most < min && bound != Bound.AT_LEAST) {
            return false;
        }
        return null;
    }

    /**
     * T06 over each period with totals of aid trucks, under each reading: a total (not a lower bound) below days x minimum
     * shows a day short; each source that decided every day of the period gives its days' outcome.
     */
    private static void periods(FactSet facts, List<In> aid, Map<String, Map<LocalDate, Map<String, List<Boolean>>>> aidByDay,
                                Map<String, Integer> counts) {
        Map<String, List<Period>> byDays = new TreeMap<>();
        for (Period period : facts.periods()) {
            if (!period.aidTrucks().isEmpty()) {
                byDays.computeIfAbsent(period.from() + ".." + period.to(), k -> new ArrayList<>()).add(period);
            }
        }
        if (aid.isEmpty()) {
            return;
        }
        for (List<Period> same : byDays.values()) {
            LocalDate from = same.get(0).from();
            LocalDate to = same.get(0).to();
            long days = to.toEpochDay() - from.toEpochDay() + 1;
            Map<String, Long> exact = new TreeMap<>();
            List<Day.AidTruckReport> bounded = new ArrayList<>();
            for (Period period : same) {
                for (Day.AidTruckReport r : period.aidTrucks()) {
                    if (r.bound() == Bound.EXACT) {
                        exact.merge(r.source(), r.count(), Long::sum);
                    } else {
                        bounded.add(r);
                    }
                }
            }
            Map<String, List<Boolean>> byReading = new LinkedHashMap<>();
            for (In r : aid) {
                long min = r.p().get("daily-aid-trucks.minimum-per-day");
                List<Boolean> accounts = new ArrayList<>();
                exact.values().forEach(v -> {
                    if (v < min * days) {
                        accounts.add(false);
                    }
                });
                bounded.forEach(b -> {
                    if (b.bound() == Bound.AT_MOST && b.count() < min * days) {
                        accounts.add(false);
                    }
                });
                Map<LocalDate, Map<String, List<Boolean>>> ofReading = aidByDay.getOrDefault(r.id(), Map.of());
                for (String source : ofReading.getOrDefault(from, Map.of()).keySet()) {
                    boolean every = true;
                    boolean aDayShort = false;
                    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                        List<Boolean> of = ofReading.getOrDefault(d, Map.of()).get(source);
                        if (of == null || of.isEmpty()) {
                            every = false;
                            break;
                        }
                        aDayShort |= of.contains(false);
                    }
                    if (every) {
                        accounts.add(!aDayShort);
                    }
                }
                byReading.put(r.id(), accounts);
            }
            count(counts, "daily-aid-trucks", byReading);
        }
    }

    /**
     * T07 over each period with totals of fuel: a total (not a lower bound) below days x minimum shows a day short; each
     * source that decided every day of the period gives its days' outcome.
     */
    private static void fuelPeriods(FactSet facts, long min, Map<LocalDate, Map<String, List<Boolean>>> fuelByDay,
                                    Map<String, Integer> counts) {
        Map<String, List<Period>> byDays = new TreeMap<>();
        for (Period period : facts.periods()) {
            if (!period.fuelLitres().isEmpty()) {
                byDays.computeIfAbsent(period.from() + ".." + period.to(), k -> new ArrayList<>()).add(period);
            }
        }
        for (List<Period> same : byDays.values()) {
            LocalDate from = same.get(0).from();
            LocalDate to = same.get(0).to();
            long days = to.toEpochDay() - from.toEpochDay() + 1;
            List<Boolean> accounts = new ArrayList<>();
            for (Period period : same) {
                Map<String, Long> exact = new TreeMap<>();
                for (Day.FuelReport r : period.fuelLitres()) {
                    if (r.bound() == Bound.EXACT) {
                        exact.merge(r.source(), r.count(), Long::sum);
                    } else if (r.bound() == Bound.AT_MOST && r.count() < min * days) {
                        accounts.add(false);
                    }
                }
                exact.values().forEach(v -> {
                    if (v < min * days) {
                        accounts.add(false);
                    }
                });
            }
            for (String source : fuelByDay.getOrDefault(from, Map.of()).keySet()) {
                boolean every = true;
                boolean aDayShort = false;
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    List<Boolean> of = fuelByDay.getOrDefault(d, Map.of()).get(source);
                    if (of == null || of.isEmpty()) {
                        every = false;
                        break;
                    }
                    aDayShort |= of.contains(false);
                }
                if (every) {
                    accounts.add(!aDayShort);
                }
            }
            count(counts, "daily-fuel", accounts);
        }
    }

    /**
     * T12 and T13 from the lists by id: prisoners as arrays, sorted once, scanned per source and day. T12 applies on
     * every pause day with a prisoner release (counts alone leave it UNDETERMINED); T13 on every day with a list by id.
     */
    private static void releasesById(FactSet facts, LocalDate first, LocalDate last, List<LocalDate> prisonerDays,
                                     List<In> seniority, Map<String, Integer> counts) {
        List<Prisoner> all = facts.prisoners();
        int n = all.size();
        Map<String, Integer> index = new HashMap<>(n * 2);
        long[] detained = new long[n];
        long[] listed = new long[n];
        for (int i = 0; i < n; i++) {
            Prisoner pr = all.get(i);
            index.put(pr.id(), i);
            detained[i] = pr.detainedOn().toEpochDay();
            listed[i] = pr.listedOn() == null ? Long.MAX_VALUE : pr.listedOn().toEpochDay();
        }
        Integer[] byListing = new Integer[n];
        for (int i = 0; i < n; i++) {
            byListing[i] = i;
        }
        Arrays.sort(byListing, (a, b) -> Long.compare(listed[a], listed[b]));

        // Per source, per day in order: the ids it lists as released.
        Map<String, TreeMap<LocalDate, List<String>>> bySource = new TreeMap<>();
        for (Day day : facts.days()) {
            for (Day.PrisonerRelease r : day.prisonerReleases()) {
                if (r.ids() != null) {
                    bySource.computeIfAbsent(r.source(), s -> new TreeMap<>()).computeIfAbsent(day.date(), d -> new ArrayList<>()).addAll(r.ids());
                }
            }
        }
        // Per source, its first day with a partial list (complete: false); per prisoner, the earliest day any source
        // lists it released (a witness must be held at the end of the day by every source's account).
        Map<String, LocalDate> firstPartial = new HashMap<>();
        Map<String, java.util.Set<LocalDate>> partialDays = new HashMap<>();
        long[] lastReleased = new long[n];
        Arrays.fill(lastReleased, Long.MAX_VALUE);
        for (Day day : facts.days()) {
            for (Day.PrisonerRelease r : day.prisonerReleases()) {
                if (r.ids() != null) {
                    for (String id : r.ids()) {
                        int i = index.get(id);
                        lastReleased[i] = Math.min(lastReleased[i], day.date().toEpochDay());
                    }
                    if (!r.complete()) {
                        firstPartial.merge(r.source(), day.date(), (a, b) -> a.isBefore(b) ? a : b);
                        partialDays.computeIfAbsent(r.source(), k -> new java.util.HashSet<>()).add(day.date());
                    }
                }
            }
        }
        // Per date read from a partial list: the longest-serving prisoner listed before it whom a source lists released
        // after it (a witness), by a sweep over the dates in order.
        Map<LocalDate, Long> witness = new HashMap<>();
        if (!firstPartial.isEmpty()) {
            java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>();
            firstPartial.forEach((s, from) -> dates.addAll(bySource.get(s).tailMap(from, true).keySet()));
            PriorityQueue<Integer> later = new PriorityQueue<>((a, b) -> Long.compare(detained[a], detained[b]));
            int next = 0;
            for (LocalDate d : dates) {
                long date = d.toEpochDay();
                while (next < n && listed[byListing[next]] < date) {
                    int i = byListing[next++];
                    if (lastReleased[i] != Long.MAX_VALUE) {
                        later.add(i);
                    }
                }
                while (!later.isEmpty() && lastReleased[later.peek()] <= date) {
                    later.poll();
                }
                witness.put(d, later.isEmpty() ? Long.MAX_VALUE : detained[later.peek()]);
            }
        }
        Map<LocalDate, List<Boolean>> order = new TreeMap<>();
        Map<LocalDate, List<Boolean>> eligible = new TreeMap<>();
        for (var sourceEntry : bySource.entrySet()) {
            var source = sourceEntry.getValue();
            LocalDate partialFrom = firstPartial.get(sourceEntry.getKey());
            java.util.Set<LocalDate> partialOn = partialDays.getOrDefault(sourceEntry.getKey(), java.util.Set.of());
            boolean[] released = new boolean[n];
            PriorityQueue<Integer> held = new PriorityQueue<>((a, b) -> detained[a] != detained[b]
                    ? Long.compare(detained[a], detained[b]) : all.get(a).id().compareTo(all.get(b).id()));
            int next = 0;
            for (var day : source.entrySet()) {
                long date = day.getKey().toEpochDay();
                long latestDetained = Long.MIN_VALUE;
                long latestListed = Long.MIN_VALUE;
                for (String id : day.getValue()) {
                    int i = index.get(id);
                    released[i] = true;
                    latestDetained = Math.max(latestDetained, detained[i]);
                    latestListed = Math.max(latestListed, listed[i]);
                }
                while (next < n && listed[byListing[next]] < date) {
                    held.add(byListing[next++]);
                }
                while (!held.isEmpty() && released[held.peek()]) {
                    held.poll();
                }
                if (!day.getKey().isBefore(first) && !day.getKey().isAfter(last)) {
                    List<Boolean> o = order.computeIfAbsent(day.getKey(), d -> new ArrayList<>());
                    if (partialFrom == null || day.getKey().isBefore(partialFrom)) {
                        o.add(held.isEmpty() || latestDetained <= detained[held.peek()]);
                    } else if (latestDetained > witness.get(day.getKey())) {
                        o.add(false); // a partial list shows a breach by a witness, never the order kept
                    }
                    List<Boolean> e = eligible.computeIfAbsent(day.getKey(), d -> new ArrayList<>());
                    if (!partialOn.contains(day.getKey()) || latestListed >= date) {
                        e.add(latestListed < date);
                    }
                }
            }
        }
        // T12 under each reading in force: order-of-release as above; selection-by-seniority has no account (it needs every
        // eligible prisoner's detention date, which a fact set cannot say it has). The finding's status is the readings'
        // where they agree, else CONTESTED: a reading with no account disagrees with one that decides.
        prisonerDays.forEach(d -> {
            List<Boolean> accounts = order.getOrDefault(d, List.of());
            if (seniority.isEmpty()) {
                count(counts, "release-order", accounts);
                return;
            }
            java.util.Set<Status> statuses = new java.util.HashSet<>();
            for (In r : seniority) {
                Status under = status("order-of-release".equals(r.id()) ? accounts : List.of());
                counts.merge(key("release-order", r.id(), under), 1, Integer::sum);
                statuses.add(under);
            }
            counts.merge(key("release-order", null, statuses.size() == 1 ? statuses.iterator().next() : Status.CONTESTED), 1, Integer::sum);
        });
        eligible.values().forEach(a -> count(counts, "eligible-list", a));
    }

    /**
     * T05 under each reading in force: ten-per-added-day, each extension day's figures against the minimum; as agreed
     * for the extension, on an extension's last day every sum of one figure per day of it against every report of what
     * was agreed (below the hostages agreed: breached; at or above them: met, unless bodies were agreed too, which no
     * fact shows returned), and on its other days nothing due: the status the other readings give, or met beside a breach.
     */
    private static void extensions(FactSet facts, List<In> readings, LocalDate lastInitial, List<Map<String, Long>> hostages,
                                   List<List<long[]>> hostageBounds, int initial, Map<String, Integer> counts) {
        List<Extension> inOrder = new ArrayList<>(facts.extensions());
        inOrder.sort(java.util.Comparator.comparing((Extension e) -> e.agreedAt() != null ? e.agreedAt().toLocalDate() : e.agreedOn(),
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        int day = initial;
        for (Extension e : inOrder) {
            int from = day;
            int to = day + e.days() - 1;
            for (int i = from; i <= to; i++) {
                Map<String, List<Boolean>> byReading = new LinkedHashMap<>();
                List<String> notDue = new ArrayList<>();
                for (In r : readings) {
                    if (r.id().equals("ten-per-added-day")) {
                        long min = r.p().get("extension-hostages.minimum-per-day");
                        List<Boolean> accounts = new ArrayList<>(hostages.get(i).values().stream().map(v -> v >= min).toList());
                        for (long[] b : hostageBounds.get(i)) {
                            Boolean a = decide(b[0], b[0], min, Bound.values()[(int) b[1]]);
                            if (a != null) {
                                accounts.add(a);
                            }
                        }
                        byReading.put(r.id(), accounts);
                    } else if (r.id().equals("as-agreed-for-the-extension")) {
                        if (i < to) {
                            notDue.add(r.id());
                            continue;
                        }
                        java.util.Set<Long> sums = new java.util.HashSet<>(List.of(0L));
                        for (int d = from; d <= to; d++) {
                            java.util.Set<Long> next = new java.util.HashSet<>();
                            for (long s0 : sums) {
                                for (long v : hostages.get(d).values()) {
                                    next.add(s0 + v);
                                }
                            }
                            sums = next;
                        }
                        List<Boolean> accounts = new ArrayList<>();
                        for (Extension.Agreed a : e.agreed()) {
                            for (long sum : sums) {
                                if (sum < a.hostages()) {
                                    accounts.add(false);
                                } else if (a.bodies() == 0) {
                                    accounts.add(true);
                                }
                            }
                        }
                        byReading.put(r.id(), accounts);
                    }
                }
                if (byReading.isEmpty() && notDue.isEmpty()) {
                    continue;
                }
                if (notDue.isEmpty()) {
                    count(counts, "extension-hostages", byReading);
                    continue;
                }
                // nothing due under some reading: it takes the status of the others, or met beside a breach
                Status due = null;
                boolean differ = false;
                for (var r : byReading.entrySet()) {
                    Status st = status(r.getValue());
                    counts.merge(key("extension-hostages", r.getKey(), st), 1, Integer::sum);
                    differ |= due != null && due != st;
                    due = st;
                }
                Status combined = differ ? Status.CONTESTED : due == null ? Status.UNDETERMINED : due;
                Status shown = combined == Status.VIOLATED ? Status.COMPLIANT : combined;
                notDue.forEach(id -> counts.merge(key("extension-hostages", id, shown), 1, Integer::sum));
                counts.merge(key("extension-hostages", null, shown != combined ? Status.CONTESTED : combined), 1, Integer::sum);
            }
            day = to + 1;
        }
    }

    /** One finding of a clause reported one way, from its accounts (true = met). */
    private static void count(Map<String, Integer> counts, String term, List<Boolean> accounts) {
        counts.merge(key(term, null, status(accounts)), 1, Integer::sum);
    }

    /** One finding of a clause with readings: each reading's status from its accounts, the finding's from all of them. */
    private static void count(Map<String, Integer> counts, String term, Map<String, List<Boolean>> byReading) {
        // The finding's status is the one every reading has, else CONTESTED: a reading under which nothing decides
        // (a bound that cannot decide, loads not given) differs from one that decides.
        Status all = null;
        boolean differ = false;
        for (var r : byReading.entrySet()) {
            Status st = status(r.getValue());
            counts.merge(key(term, r.getKey(), st), 1, Integer::sum);
            differ |= all != null && all != st;
            all = st;
        }
        counts.merge(key(term, null, differ ? Status.CONTESTED : all == null ? Status.UNDETERMINED : all), 1, Integer::sum);
    }

    /** The status rule of the specification: no account UNDETERMINED, accounts that disagree CONTESTED. */
    private static Status status(List<Boolean> accounts) {
        return status(accounts.contains(true), accounts.contains(false));
    }

    private static Status status(boolean met, boolean breached) {
        return met && breached ? Status.CONTESTED : met ? Status.COMPLIANT : breached ? Status.VIOLATED : Status.UNDETERMINED;
    }
}
