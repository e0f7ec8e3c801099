package org.truce.agreements.gaza_2023_11;

import org.truce.factset.FactSet;
import org.truce.factset.Prisoner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        int[] order = TimeServedOrder.byTimeServed(all, detained, sortedById);
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[order[r]] = r;
        }
        long[] listed = prisoners.listed();
        int[] byListing = TimeServedOrder.byListing(all, listed);
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
        for (var entry : releases.entrySet()) {
            String source = entry.getKey();
            long firstDay = entry.getValue().firstKey().toEpochDay();
            // Prisoners listed before this source's first day are eligible on every day it reports: the longest
            // serving of them still held is found by a pointer that only moves forward over the ranks. Those listed
            // later join a heap of ranks on the day they become eligible.
            boolean[] releasedRank = new boolean[n];
            int pointer = 0;
            IntHeap held = new IntHeap(16);
            int next = 0;
            while (next < byListing.length && listedDay[next] < firstDay) {
                next++;
            }
            for (var day : entry.getValue().entrySet()) {
                LocalDate date = day.getKey();
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
}
