package org.truce.agreements.gaza_2023_11;

import org.truce.factset.FactSet;
import org.truce.factset.Prisoner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The facts of the release-order term (T12): per source that reports releases by id, per day it does, the
 * longest-serving prisoner released and the longest-serving one still held. T12's reading, as this file implements
 * it: a prisoner is eligible on a day when listed before that day (never on the day of listing); a prisoner is still
 * held on a day when that source's lists have not released him on it or on an earlier day; of equal detention dates
 * the least id counts as longer-serving. The rule compares the two; nothing here decides whether the term is met.
 */
final class ReleaseOrder {

    private ReleaseOrder() {
    }

    /**
     * Per source that reports releases by id, per day it does: what its lists say about time served. Prisoners are
     * ranked once by time served (detention date, then id); per source, the longest-serving of those eligible from
     * its first day and still held is found by a pointer that only moves forward over the ranks, and those listed
     * later wait in a heap of ranks: n log n in all, never a comparison of every pair.
     */
    static List<SeniorityDay> seniority(FactSet facts) {
        return seniority(facts, new Prisoners(facts));
    }


    /** As {@link #seniority(FactSet)}, with the prisoners already indexed. */
    static List<SeniorityDay> seniority(FactSet facts, Prisoners prisoners) {
        Map<String, TreeMap<LocalDate, int[]>> releases = prisoners.releases();
        if (releases.isEmpty()) {
            return List.of();
        }
        List<Prisoner> all = facts.prisoners();
        int n = all.size();
        long[] detained = prisoners.detained();
        boolean sortedById = prisoners.sortedById();
        int[] order = prisoners.byTimeServed();
        int[] rank = prisoners.rank();
        long[] listed = prisoners.listed();
        int[] byListing = prisoners.byListing();
        long[] listedDay = new long[byListing.length];
        for (int k = 0; k < byListing.length; k++) {
            listedDay[k] = listed[byListing[k]];
        }
        // By rank: when each prisoner was listed (Long.MAX_VALUE: never).
        long[] listedByRank = new long[n];
        for (int r = 0; r < n; r++) {
            listedByRank[r] = listed[order[r]];
        }
        List<SeniorityDay> result = new ArrayList<>();
        Map<String, TreeMap<LocalDate, Boolean>> partial = prisoners.partial();
        for (var entry : releases.entrySet()) {
            String source = entry.getKey();
            TreeMap<LocalDate, Boolean> partialDays = partial.get(source);
            LocalDate firstPartial = partialDays == null ? null : partialDays.firstKey();
            long firstDay = entry.getValue().firstKey().toEpochDay();
            // Prisoners listed before this source's first day are eligible on every day it reports: the longest
            // serving of them still held is found by a pointer that only moves forward over the ranks. Those listed
            // later join a heap of ranks on the day they become eligible.
            boolean[] releasedRank = new boolean[n];
            int pointer = 0;
            int next = 0;
            while (next < byListing.length && listedDay[next] < firstDay) {
                next++;
            }
            // at most those listed from the first day on join it: room for them all at once, not by doubling
            IntHeap held = new IntHeap(Math.max(16, byListing.length - next));
            for (var day : entry.getValue().entrySet()) {
                LocalDate date = day.getKey();
                if (firstPartial != null && !date.isBefore(firstPartial)) {
                    break; // from its first partial list on, the source's days are read by witnesses(), below
                }
                int[] ids = day.getValue();
                int latest = -1;
                for (int i : ids) {
                    releasedRank[rank[i]] = true;
                    // Positions come in increasing order: with the list sorted by id, the first of equal dates has
                    // the least id, and no id needs reading.
                    // equivalent mutant: "<=" for "<" on the compareTo below differs only for equal ids, and no two prisoners share an id (the loader refuses an id twice)
                    if (latest < 0 || detained[i] > detained[latest] || (detained[i] == detained[latest] && !sortedById
                            && all.get(i).id().compareTo(all.get(latest).id()) < 0)) {
                        latest = i;
                    }
                }
                int from = next;
                while (next < byListing.length && listedDay[next] < date.toEpochDay()) {
                    next++;
                }
                held.addAll(rank, byListing, from, next);
                while (!held.isEmpty() && releasedRank[held.peek()]) {
                    held.poll();
                }
                while (pointer < n && (releasedRank[pointer] || listedByRank[pointer] >= firstDay)) {
                    pointer++;
                }
                int best = pointer < n ? pointer : Integer.MAX_VALUE;
                // equivalent mutant: "<=" for "<" takes the top of the heap when it is best already: the same rank
                if (!held.isEmpty() && held.peek() < best) {
                    best = held.peek();
                }
                Prisoner earliest = best == Integer.MAX_VALUE ? null : all.get(order[best]);
                result.add(new SeniorityDay(date, source, ids.length,
                        latest < 0 ? Long.MIN_VALUE : detained[latest], latest < 0 ? null : all.get(latest).id(),
                        earliest != null, earliest == null ? Long.MAX_VALUE : earliest.detainedOn().toEpochDay(),
                        earliest == null ? null : earliest.id()));
            }
        }
        return result;
    }

    /**
     * Per source with a partial list by id, per day from its first partial list on: the latest-detained prisoner it
     * names released, and the witness, the longest-serving prisoner eligible that day (listed before it) whom any source
     * reports released on a later day, and none on that day or before. A partial list leaves unknown who that source
     * still held, so only a witness can show the order broken. Each prisoner's earliest reported release day is found
     * once; the days are swept in order, with the prisoners released by id joining a heap of ranks when they become
     * eligible and leaving it once their earliest reported release day is reached: n log n in all.
     */
    static List<SeniorityWitness> witnesses(FactSet facts, Prisoners prisoners) {
        Map<String, TreeMap<LocalDate, Boolean>> partial = prisoners.partial();
        if (partial.isEmpty()) {
            return List.of();
        }
        Map<String, TreeMap<LocalDate, int[]>> releases = prisoners.releases();
        List<Prisoner> all = facts.prisoners();
        int n = all.size();
        long[] detained = prisoners.detained();
        long[] listed = prisoners.listed();
        boolean sortedById = prisoners.sortedById();
        // Each prisoner's earliest release day as any source reports it, and the first source (in source order) to say so:
        // a prisoner is still held at the end of d, and so a witness, only if no source reports it released on d or
        // before. Sources that disagree on the day give no witness for the days between.
        long[] lastReleased = new long[n];
        java.util.Arrays.fill(lastReleased, Long.MAX_VALUE);
        String[] lastSource = new String[n];
        releases.forEach((source, days) -> days.forEach((date, ids) -> {
            long day = date.toEpochDay();
            for (int i : ids) {
                if (day < lastReleased[i]) {
                    lastReleased[i] = day;
                    lastSource[i] = source;
                }
            }
        }));
        int[] order = prisoners.byTimeServed();
        int[] rank = prisoners.rank();
        int[] byListing = prisoners.byListing();
        int m = 0;
        int[] candidates = new int[byListing.length];
        for (int i : byListing) {
            if (lastReleased[i] != Long.MAX_VALUE) {
                candidates[m++] = i;
            }
        }
        // The queries: every day read from a partial list, by date; the witness of each date, swept in order.
        TreeSet<LocalDate> dates = new TreeSet<>();
        partial.forEach((source, days) -> dates.addAll(releases.get(source).tailMap(days.firstKey(), true).keySet()));
        Map<LocalDate, Integer> witnessOf = new java.util.HashMap<>();
        IntHeap heap = new IntHeap(16);
        int next = 0;
        for (LocalDate date : dates) {
            long day = date.toEpochDay();
            while (next < m && listed[candidates[next]] < day) {
                heap.add(rank[candidates[next++]]);
            }
            while (!heap.isEmpty() && lastReleased[order[heap.peek()]] <= day) {
                heap.poll();
            }
            witnessOf.put(date, heap.isEmpty() ? -1 : order[heap.peek()]);
        }
        List<SeniorityWitness> result = new ArrayList<>();
        partial.forEach((source, days) -> {
            LocalDate since = days.firstKey();
            releases.get(source).tailMap(since, true).forEach((date, ids) -> {
                int latest = -1;
                for (int i : ids) {
                    // equivalent mutant: "<=" for "<" on the compareTo below differs only for equal ids, and no two prisoners share an id (the loader refuses an id twice)
                    if (latest < 0 || detained[i] > detained[latest] || (detained[i] == detained[latest] && !sortedById
                            && all.get(i).id().compareTo(all.get(latest).id()) < 0)) {
                        latest = i;
                    }
                }
                int w = witnessOf.get(date);
                LocalDate partialSince = days.containsKey(date) ? date : days.headMap(date).lastKey();
                result.add(new SeniorityWitness(date, source, ids.length, partialSince,
                        latest < 0 ? Long.MIN_VALUE : detained[latest], latest < 0 ? null : all.get(latest).id(),
                        w >= 0, w < 0 ? Long.MAX_VALUE : detained[w], w < 0 ? null : all.get(w).id(),
                        w < 0 ? null : LocalDate.ofEpochDay(lastReleased[w]), w < 0 ? null : lastSource[w]));
            });
        });
        return result;
    }
}
