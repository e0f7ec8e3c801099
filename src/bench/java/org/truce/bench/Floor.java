package org.truce.bench;

import org.truce.factset.Day;
import org.truce.factset.Extension;
import org.truce.factset.FactSet;
import org.truce.factset.Prisoner;
import org.truce.rulebook.ClauseIndex;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * The floor of the benchmark: the terms of gaza-2023-11 evaluated in plain Java, with straightforward sorted scans,
 * on the same loaded facts. It exists only here, to measure truce against; truce's terms are its DRL rules.
 * Returns how many findings have each status, which the harness compares with truce's.
 */
final class Floor {

    enum Status { COMPLIANT, VIOLATED, CONTESTED, UNDETERMINED }

    private Floor() {
    }

    static Map<Status, Integer> evaluate(FactSet facts, ClauseIndex index) {
        Map<String, Long> p = new HashMap<>();
        index.parameters().forEach(x -> p.put(x.name(), x.value()));
        LocalDate first = OffsetDateTime.parse(index.pause().start()).toLocalDate();
        int initial = index.pause().initialDays();
        int total = initial + facts.extensions().stream().mapToInt(Extension::days).sum();
        LocalDate last = first.plusDays(total - 1L);
        LocalDate lastInitial = first.plusDays(initial - 1L);

        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        Map<LocalDate, Day> byDate = new HashMap<>();
        facts.days().forEach(d -> byDate.put(d.date(), d));

        // Per day: one figure per source.
        List<Map<String, Long>> hostages = new ArrayList<>(total);
        List<LocalDate> prisonerDays = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            LocalDate date = first.plusDays(i);
            Day day = byDate.get(date);
            Map<String, Long> h = new TreeMap<>();
            Map<String, Long> pr = new TreeMap<>();
            Map<String, Long> t = new TreeMap<>();
            Map<String, Long> fuel = new TreeMap<>();
            if (day != null) {
                day.hostageReleases().stream().filter(Day.HostageRelease::inDeal).forEach(r -> h.merge(r.source(), r.count(), Long::sum));
                day.prisonerReleases().forEach(r -> pr.merge(r.source(), r.released(), Long::sum));
                day.aidTrucks().forEach(r -> t.merge(r.source(), r.count(), Long::sum));
                day.fuelLitres().forEach(r -> fuel.merge(r.source(), r.count(), Long::sum));
            }
            hostages.add(h);
            if (!pr.isEmpty()) {
                prisonerDays.add(date);
            }
            // T06 daily aid trucks.
            long minTrucks = p.get("daily-aid-trucks.minimum-per-day");
            count(counts, t.values().stream().map(v -> v >= minTrucks).toList());
            // T07 daily fuel.
            long minLitres = p.get("daily-fuel.minimum-litres-per-day");
            count(counts, fuel.values().stream().map(v -> v >= minLitres).toList());
            // T04 exchange ratio.
            long ratio = p.get("exchange-ratio.prisoners-per-hostage");
            List<Boolean> ratioAccounts = new ArrayList<>();
            for (long hv : h.values()) {
                for (long pv : pr.values()) {
                    ratioAccounts.add(pv >= ratio * hv);
                }
            }
            count(counts, ratioAccounts);
            // T05 extension hostages.
            if (i >= initial) {
                long min = p.get("extension-hostages.minimum-per-day");
                count(counts, h.values().stream().map(v -> v >= min).toList());
            }
            // T14 handovers with a schedule: per party, per source the latest against schedule.
            if (day != null) {
                Map<String, Map<String, Long>> worst = new TreeMap<>();
                for (Day.Handover ho : day.handovers()) {
                    if (ho.scheduledAt() != null) {
                        long late = Duration.between(ho.scheduledAt(), ho.completedAt()).toMinutes();
                        worst.computeIfAbsent(ho.party(), k -> new TreeMap<>()).merge(ho.source(), late, Math::max);
                    }
                }
                long tolerance = p.get("handover-schedule.tolerance-minutes");
                worst.values().forEach(bySource -> count(counts, bySource.values().stream().map(v -> v <= tolerance).toList()));
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
        count(counts, sums.stream().distinct().map(v -> v >= minInitial).toList());

        releasesById(facts, first, last, prisonerDays, counts);
        return counts;
    }

    /**
     * T12 and T13 from the lists by id: prisoners as arrays, sorted once, scanned per source and day. T12 applies on
     * every pause day with a prisoner release (counts alone leave it UNDETERMINED); T13 on every day with a list by id.
     */
    private static void releasesById(FactSet facts, LocalDate first, LocalDate last, List<LocalDate> prisonerDays,
                                     Map<Status, Integer> counts) {
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
        Map<LocalDate, List<Boolean>> order = new TreeMap<>();
        Map<LocalDate, List<Boolean>> eligible = new TreeMap<>();
        for (var source : bySource.values()) {
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
                    order.computeIfAbsent(day.getKey(), d -> new ArrayList<>()).add(held.isEmpty() || latestDetained <= detained[held.peek()]);
                    eligible.computeIfAbsent(day.getKey(), d -> new ArrayList<>()).add(latestListed < date);
                }
            }
        }
        prisonerDays.forEach(d -> count(counts, order.getOrDefault(d, List.of())));
        eligible.values().forEach(a -> count(counts, a));
    }

    /** One finding from its accounts (true = met): the status rule of the specification. */
    private static void count(Map<Status, Integer> counts, List<Boolean> accounts) {
        Status s = accounts.isEmpty() ? Status.UNDETERMINED
                : accounts.contains(true) && accounts.contains(false) ? Status.CONTESTED
                : accounts.contains(true) ? Status.COMPLIANT : Status.VIOLATED;
        counts.merge(s, 1, Integer::sum);
    }
}
