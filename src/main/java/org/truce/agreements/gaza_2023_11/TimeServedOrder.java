package org.truce.agreements.gaza_2023_11;

import org.truce.factset.Prisoner;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Orderings of prisoners by position: longest-serving first (detention date, then id), and by listing date. Dates span
 * some thousands of days for any number of prisoners, so a counting sort does most of the work; wider spans fall back
 * to sorts of packed keys or, past that, of boxed positions.
 */
final class TimeServedOrder {

    private TimeServedOrder() {
    }

    /**
     * The indices whose day is not {@code Long.MAX_VALUE}, by day, equal days in index order; {@code null} when the
     * days span too many values for a counting sort (more than a few per index). Days of detention and listing span
     * some thousands of values for any number of prisoners, so this is two passes over the arrays, where a sort of a
     * million keys is n log n.
     */
    static int[] countingOrder(long[] days) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        int m = 0;
        for (long day : days) {
            if (day != Long.MAX_VALUE) {
                min = Math.min(min, day);
                max = Math.max(max, day);
                m++;
            }
        }
        if (m == 0) {
            // equivalent mutant: null for the empty order sends both callers to their fallback sorts, which give the empty order too
            return new int[0];
        }
        long span = max - min + 1;
        // equivalent mutant: "/" for "*", "-" for "+ 4096" or ">=" for ">" only move the threshold between this counting sort and the callers' fallback sorts, which give the same order
        if (span > 4L * days.length + 4096) {
            return null;
        }
        int[] starts = new int[(int) span + 1];
        for (long day : days) {
            if (day != Long.MAX_VALUE) {
                starts[(int) (day - min) + 1]++;
            }
        }
        for (int d = 1; d < starts.length; d++) {
            starts[d] += starts[d - 1];
        }
        int[] order = new int[m];
        for (int i = 0; i < days.length; i++) {
            if (days[i] != Long.MAX_VALUE) {
                order[starts[(int) (days[i] - min)]++] = i;
            }
        }
        // equivalent mutant: null sends both callers to their fallback sorts, which order by the same keys, equal keys alike
        return order;
    }

    /** Prisoner indices, longest-serving first: by detention date, then by id. */
    static int[] byTimeServed(List<Prisoner> all, long[] detained, boolean sortedById) {
        int n = all.size();
        int[] counted = countingOrder(detained); // every prisoner has a detention day: none is left out
        if (counted != null) {
            return tiesById(all, detained, counted, sortedById);
        }
        long[] keys = new long[n];
        boolean packable = true;
        for (int i = 0; i < n && packable; i++) {
            // equivalent mutant: "<=" for "<" also packs a date exactly 2^30 days out, whose key (2^62) still fits
            packable = Math.abs(detained[i]) < (1L << 30);
            keys[i] = (detained[i] << 32) | i;
        }
        int[] order = new int[n];
        if (!packable) {
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, (a, b) -> detained[a] != detained[b] ? Long.compare(detained[a], detained[b])
                    : all.get(a).id().compareTo(all.get(b).id()));
            for (int i = 0; i < n; i++) {
                order[i] = boxed[i];
            }
            return order;
        }
        Arrays.sort(keys);
        for (int i = 0; i < n; i++) {
            order[i] = (int) keys[i];
        }
        return tiesById(all, detained, order, sortedById);
    }

    /** {@code order}, by day with equal days in index order, made by day then by id. */
    private static int[] tiesById(List<Prisoner> all, long[] detained, int[] order, boolean sortedById) {
        int n = order.length;
        if (sortedById) {
            return order; // equal detention dates are already in the order of their ids
        }
        // Equal detention dates: by id, as the rules' messages name the first of them.
        // equivalent mutant: "<=" for "<" runs once more from n, a group of none: nothing is sorted
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && detained[order[to]] == detained[order[from]]) {
                to++;
            }
            // equivalent mutant: each of the seven here ("+" for "-", ">=" for ">", negations) only picks the other of the two sorts by id, or sorts a group of one or one in id order: the same order
            if (to - from > 1 && !sortedById(all, order, from, to) && to - from > 32) {
                Integer[] tied = new Integer[to - from];
                for (int k = from; k < to; k++) {
                    tied[k - from] = order[k];
                }
                Arrays.sort(tied, Comparator.comparing(i -> all.get(i).id()));
                for (int k = from; k < to; k++) {
                    order[k] = tied[k - from];
                }
            } else if (to - from > 1 && !sortedById(all, order, from, to)) {
                // equivalent mutant: "+" for "-" or ">=" for ">" in the condition above also lets in a group of one, in id order already
                for (int k = from + 1; k < to; k++) {
                    int x = order[k];
                    String id = all.get(x).id();
                    int j = k - 1;
                    // equivalent mutant: ">=" for ">" differs only for equal ids, and no two prisoners share an id (the loader refuses an id twice)
                    while (j >= from && all.get(order[j]).id().compareTo(id) > 0) {
                        order[j + 1] = order[j];
                        j--;
                    }
                    order[j + 1] = x;
                }
            }
            from = to;
        }
        return order;
    }

    static boolean sortedById(List<Prisoner> all) {
        for (int k = 1; k < all.size(); k++) {
            // equivalent mutant: ">=" for ">" differs only for equal ids, and no two prisoners share an id (the loader refuses an id twice)
            if (all.get(k - 1).id().compareTo(all.get(k).id()) > 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean sortedById(List<Prisoner> all, int[] order, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            // equivalent mutant: ">=" for ">" differs only for equal ids, and no two prisoners share an id (the loader refuses an id twice)
            if (all.get(order[k - 1]).id().compareTo(all.get(order[k]).id()) > 0) {
                return false;
            }
        }
        // equivalent mutant: false has the caller sort a group already in id order by id, leaving it as it is
        return true;
    }

    /** Indices of the prisoners with a listing date, in the order of that date. */
    static int[] byListing(List<Prisoner> all, long[] listed) {
        int[] counted = countingOrder(listed);
        if (counted != null) {
            return counted;
        }
        int n = all.size();
        long[] keys = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (listed[i] != Long.MAX_VALUE) {
                long day = listed[i];
                // equivalent mutant: ">" for ">=" also packs a date exactly 2^30 days out, whose key (2^62) still fits
                if (Math.abs(day) >= (1L << 30)) {
                    return IntStream.range(0, n).filter(k -> all.get(k).listedOn() != null).boxed()
                            .sorted(Comparator.comparing(k -> all.get(k).listedOn())).mapToInt(Integer::intValue).toArray();
                }
                keys[m++] = (day << 32) | i;
            }
        }
        Arrays.sort(keys, 0, m);
        int[] order = new int[m];
        for (int k = 0; k < m; k++) {
            order[k] = (int) keys[k];
        }
        return order;
    }
}
