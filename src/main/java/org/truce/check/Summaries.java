package org.truce.check;

import org.truce.factset.Day;
import org.truce.factset.FactSet;
import org.truce.factset.Prisoner;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Summarises the reports of a fact set into the facts the rules compare: one figure per source, quantity and day;
 * sums over the initial pause; per source and day, the detention and listing dates that decide release order and
 * eligibility; per party and day, the handover timings. Nothing here decides whether a term is met.
 */
final class Summaries {
    /** Combinations of daily figures kept for a period sum; beyond this, further readings are not enumerated. */
    static final int MAX_PERIOD_READINGS = 10_000;

    private Summaries() {
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
        for (Day day : facts.days()) {
            Map<String, Long> hostages = new TreeMap<>();
            Map<String, Long> prisoners = new TreeMap<>();
            Map<String, Long> trucks = new TreeMap<>();
            Map<String, Long> fuel = new TreeMap<>();
            day.hostageReleases().stream().filter(Day.HostageRelease::inDeal).forEach(r -> hostages.merge(r.source(), r.count(), Math::addExact));
            day.prisonerReleases().forEach(r -> prisoners.merge(r.source(), r.released(), Math::addExact));
            day.aidTrucks().forEach(r -> trucks.merge(r.source(), r.count(), Math::addExact));
            day.fuelLitres().forEach(r -> fuel.merge(r.source(), r.count(), Math::addExact));
            hostages.forEach((s, n) -> figures.add(new Figure(Quantity.HOSTAGES_IN_DEAL, day.date(), s, n)));
            prisoners.forEach((s, n) -> figures.add(new Figure(Quantity.PRISONERS_RELEASED, day.date(), s, n)));
            trucks.forEach((s, n) -> figures.add(new Figure(Quantity.AID_TRUCKS, day.date(), s, n)));
            fuel.forEach((s, n) -> figures.add(new Figure(Quantity.FUEL_LITRES, day.date(), s, n)));
        }
        return figures;
    }

    /** Every reading of the quantity summed over the days from..to: one source's figure per day. Empty when a day has none. */
    static List<PeriodFigure> periodSums(List<Figure> figures, Quantity quantity, LocalDate from, LocalDate to) {
        Map<LocalDate, List<Figure>> byDate = new HashMap<>();
        for (Figure f : figures) {
            if (f.quantity() == quantity && !f.date().isBefore(from) && !f.date().isAfter(to)) {
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
        int[] order = byTimeServed(all, detained, sortedById);
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[order[r]] = r;
        }
        long[] listed = prisoners.listed();
        int[] byListing = byListing(all, listed);
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
     * The indices whose day is not {@code Long.MAX_VALUE}, by day, equal days in index order; {@code null} when the
     * days span too many values for a counting sort (more than a few per index). Days of detention and listing span
     * some thousands of values for any number of prisoners, so this is two passes over the arrays, where a sort of a
     * million keys is n log n.
     */
    private static int[] countingOrder(long[] days) {
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
            return new int[0];
        }
        long span = max - min + 1;
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
        return order;
    }

    /** Prisoner indices, longest-serving first: by detention date, then by id. */
    private static int[] byTimeServed(List<Prisoner> all, long[] detained, boolean sortedById) {
        int n = all.size();
        int[] counted = countingOrder(detained); // every prisoner has a detention day: none is left out
        if (counted != null) {
            return tiesById(all, detained, counted, sortedById);
        }
        long[] keys = new long[n];
        boolean packable = true;
        for (int i = 0; i < n && packable; i++) {
            packable = Math.abs(detained[i]) < (1L << 30);
            keys[i] = (detained[i] << 32) | i;
        }
        int[] order = new int[n];
        if (!packable) {
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = i;
            }
            java.util.Arrays.sort(boxed, (a, b) -> detained[a] != detained[b] ? Long.compare(detained[a], detained[b])
                    : all.get(a).id().compareTo(all.get(b).id()));
            for (int i = 0; i < n; i++) {
                order[i] = boxed[i];
            }
            return order;
        }
        java.util.Arrays.sort(keys);
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
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && detained[order[to]] == detained[order[from]]) {
                to++;
            }
            if (to - from > 1 && !sortedById(all, order, from, to) && to - from > 32) {
                Integer[] tied = new Integer[to - from];
                for (int k = from; k < to; k++) {
                    tied[k - from] = order[k];
                }
                java.util.Arrays.sort(tied, Comparator.comparing(i -> all.get(i).id()));
                for (int k = from; k < to; k++) {
                    order[k] = tied[k - from];
                }
            } else if (to - from > 1 && !sortedById(all, order, from, to)) {
                for (int k = from + 1; k < to; k++) {
                    int x = order[k];
                    String id = all.get(x).id();
                    int j = k - 1;
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

    private static boolean sortedById(List<Prisoner> all) {
        for (int k = 1; k < all.size(); k++) {
            if (all.get(k - 1).id().compareTo(all.get(k).id()) > 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean sortedById(List<Prisoner> all, int[] order, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (all.get(order[k - 1]).id().compareTo(all.get(order[k]).id()) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Indices of the prisoners with a listing date, in the order of that date. */
    private static int[] byListing(List<Prisoner> all, long[] listed) {
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
                if (Math.abs(day) >= (1L << 30)) {
                    return java.util.stream.IntStream.range(0, n).filter(k -> all.get(k).listedOn() != null).boxed()
                            .sorted(Comparator.comparing(k -> all.get(k).listedOn())).mapToInt(Integer::intValue).toArray();
                }
                keys[m++] = (day << 32) | i;
            }
        }
        java.util.Arrays.sort(keys, 0, m);
        int[] order = new int[m];
        for (int k = 0; k < m; k++) {
            order[k] = (int) keys[k];
        }
        return order;
    }

    /** A binary min-heap of ints. */
    private static final class IntHeap {
        private int[] items;
        private int size;

        IntHeap(int capacity) {
            items = new int[Math.max(1, capacity)];
        }

        boolean isEmpty() {
            return size == 0;
        }

        int peek() {
            return items[0];
        }

        void add(int x) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            int i = size++;
            while (i > 0 && items[(i - 1) / 2] > x) {
                items[i] = items[(i - 1) / 2];
                i = (i - 1) / 2;
            }
            items[i] = x;
        }

        /** Adds {@code rank[of[k]]} for k in from..to: one by one, or appended and re-heaped in linear time when many. */
        void addAll(int[] rank, int[] of, int from, int to) {
            int count = to - from;
            if (count <= size / 8) {
                for (int k = from; k < to; k++) {
                    add(rank[of[k]]);
                }
                return;
            }
            if (size + count > items.length) {
                items = java.util.Arrays.copyOf(items, Math.max(size + count, items.length * 2));
            }
            for (int k = from; k < to; k++) {
                items[size++] = rank[of[k]];
            }
            for (int i = size / 2 - 1; i >= 0; i--) {
                siftDown(i, items[i]);
            }
        }

        void poll() {
            int x = items[--size];
            if (size > 0) {
                siftDown(0, x);
            }
        }

        private void siftDown(int start, int x) {
            int i = start;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && items[child + 1] < items[child]) {
                    child++;
                }
                if (items[child] >= x) {
                    break;
                }
                items[i] = items[child];
                i = child;
            }
            items[i] = x;
        }
    }

    /** Per source that reports releases by id, per day it does: the latest listing date among those released. */
    static List<ListingDay> listing(FactSet facts) {
        return listing(facts, new Prisoners(facts));
    }

    /** As {@link #listing(FactSet)}, with the prisoners already indexed. */
    static List<ListingDay> listing(FactSet facts, Prisoners prisoners) {
        List<ListingDay> result = new ArrayList<>();
        List<Prisoner> all = facts.prisoners();
        long[] listedDays = prisoners.listed();
        boolean sortedById = prisoners.sortedById();
        for (var entry : prisoners.releases().entrySet()) {
            for (var day : entry.getValue().entrySet()) {
                long latest = Long.MIN_VALUE;
                int latestAt = -1;
                // Positions come in increasing order: with the list sorted by id, the first of equal dates has the
                // least id, and no id needs reading.
                for (int i : day.getValue()) {
                    long listed = listedDays[i];
                    if (listed > latest || (listed == latest && !sortedById && all.get(i).id().compareTo(all.get(latestAt).id()) < 0)) {
                        latest = listed;
                        latestAt = i;
                    }
                }
                result.add(new ListingDay(day.getKey(), entry.getKey(), day.getValue().length, latest,
                        latestAt < 0 ? null : all.get(latestAt).id()));
            }
        }
        return result;
    }

    /**
     * The prisoners of a fact set by position: id to position, detention and listing days (Long.MAX_VALUE: never
     * listed). Built on first use, once for both summaries of the lists by id.
     */
    static final class Prisoners {
        private final FactSet facts;
        private final List<Prisoner> all;
        private IdIndex index;
        private Boolean sortedById;
        private long[] detained;
        private long[] listed;
        private Map<String, TreeMap<LocalDate, int[]>> releases;

        Prisoners(FactSet facts) {
            this.facts = facts;
            this.all = facts.prisoners();
        }

        /** Per source, per date in order: the positions of the prisoners that source lists as released that day. */
        Map<String, TreeMap<LocalDate, int[]>> releases() {
            if (releases == null) {
                IdIndex byId = index();
                releases = new TreeMap<>();
                releasesById(facts).forEach((source, days) -> {
                    TreeMap<LocalDate, int[]> resolved = new TreeMap<>();
                    days.forEach((date, ids) -> resolved.put(date, byId.positionsOf(ids)));
                    releases.put(source, resolved);
                });
            }
            return releases;
        }

        private void build() {
            if (index == null) {
                int n = all.size();
                index = new IdIndex(all);
                detained = new long[n];
                listed = new long[n];
                for (int i = 0; i < n; i++) {
                    Prisoner p = all.get(i);
                    detained[i] = p.detainedOn().toEpochDay();
                    listed[i] = p.listedOn() == null ? Long.MAX_VALUE : p.listedOn().toEpochDay();
                }
            }
        }

        IdIndex index() {
            build();
            return index;
        }

        long[] detained() {
            build();
            return detained;
        }

        long[] listed() {
            build();
            return listed;
        }

        /** Whether the prisoner list is in the order of its ids, as generated and as most lists are kept. */
        boolean sortedById() {
            if (sortedById == null) {
                sortedById = Summaries.sortedById(all);
            }
            return sortedById;
        }
    }

    /**
     * The positions of prisoners by id, for the lists by id. With a million prisoners, resolving a day's list is the
     * hot loop of the summaries, and a map from id to position pays several cache misses per lookup (the map's node,
     * the key, its characters, the boxed position). Here a lookup is one probe of a flat table holding, per slot,
     * the id's hash, a second hash of its characters and the position: an id that matches both hashes of a slot is
     * taken as that prisoner's (the loader has already refused any release of an id not on the list; for any other
     * id to pass, it would have to match two independent 32-bit hashes of one prisoner's id). Prisoners whose ids
     * share a hash are kept apart, in a small map by id, so no prisoner is ever mistaken for another.
     */
    static final class IdIndex {
        private static final int AMBIGUOUS = -1;

        private final List<Prisoner> all;
        /** Three ints a slot: the id's hash, its second hash, position + 1 (0: empty; {@link #AMBIGUOUS}: see {@link #shared}). */
        private final int[] table;
        private final int mask;
        private final Map<String, Integer> shared = new HashMap<>();

        IdIndex(List<Prisoner> all) {
            this.all = all;
            int slots = Integer.highestOneBit(Math.max(2, all.size()) * 2 - 1) << 1;
            table = new int[slots * 3];
            mask = slots - 1;
            for (int i = 0; i < all.size(); i++) {
                put(all.get(i).id(), i);
            }
        }

        private void put(String id, int position) {
            int hash = id.hashCode();
            for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
                int at = 3 * slot;
                int value = table[at + 2];
                if (value == 0) {
                    table[at] = hash;
                    table[at + 1] = secondHash(id);
                    table[at + 2] = position + 1;
                    return;
                }
                if (table[at] == hash) {
                    if (value != AMBIGUOUS) {
                        String other = all.get(value - 1).id();
                        if (other.equals(id)) {
                            return;
                        }
                        shared.put(other, value - 1);
                        table[at + 2] = AMBIGUOUS;
                    }
                    shared.putIfAbsent(id, position);
                    return;
                }
            }
        }

        /** The position of the prisoner with {@code id}. */
        int positionOf(String id) {
            int hash = id.hashCode();
            for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
                int at = 3 * slot;
                int value = table[at + 2];
                if (value == 0) {
                    break;
                }
                if (table[at] == hash) {
                    if (value == AMBIGUOUS) {
                        Integer position = shared.get(id);
                        if (position != null) {
                            return position;
                        }
                    } else if (table[at + 1] == secondHash(id)) {
                        return value - 1;
                    }
                    break;
                }
            }
            throw new IllegalStateException("released prisoner " + id + " is not on the prisoner list");
        }

        /** The positions of {@code ids}, in increasing order: the summaries then read their arrays front to back. */
        int[] positionsOf(List<String> ids) {
            int[] positions = new int[ids.size()];
            for (int k = 0; k < positions.length; k++) {
                positions[k] = positionOf(ids.get(k));
            }
            java.util.Arrays.sort(positions);
            return positions;
        }

        private int slot(int hash) {
            int h = hash * 0x9E3779B9;
            return (h ^ (h >>> 15)) & mask;
        }

        /** FNV-1a over the characters: independent of {@link String#hashCode()}. */
        private static int secondHash(String id) {
            int h = 0x811C9DC5;
            for (int i = 0; i < id.length(); i++) {
                h = (h ^ id.charAt(i)) * 0x01000193;
            }
            return h;
        }
    }

    /** Per source, per date in order: the ids that source lists as released that day (batches joined). */
    private static Map<String, TreeMap<LocalDate, List<String>>> releasesById(FactSet facts) {
        Map<String, TreeMap<LocalDate, List<String>>> bySource = new TreeMap<>();
        for (Day day : facts.days()) {
            for (Day.PrisonerRelease r : day.prisonerReleases()) {
                if (r.ids() != null) {
                    bySource.computeIfAbsent(r.source(), s -> new TreeMap<>())
                            .computeIfAbsent(day.date(), d -> new ArrayList<>()).addAll(r.ids());
                }
            }
        }
        return bySource;
    }

    static List<HandoverDay> handoverDays(FactSet facts) {
        Set<HandoverDay> days = new TreeSet<>(Comparator.comparing(HandoverDay::date).thenComparing(HandoverDay::party));
        for (Day day : facts.days()) {
            for (Day.Handover h : day.handovers()) {
                if (h.scheduledAt() != null) {
                    days.add(new HandoverDay(day.date(), h.party()));
                }
            }
        }
        return List.copyOf(days);
    }

    /** Per date, party and source: the scheduled handover that completed latest against its schedule. */
    static List<HandoverTiming> handoverTimings(FactSet facts) {
        List<HandoverTiming> result = new ArrayList<>();
        for (Day day : facts.days()) {
            Map<String, HandoverTiming> worst = new TreeMap<>();
            for (Day.Handover h : day.handovers()) {
                if (h.scheduledAt() == null) {
                    continue;
                }
                long late = Duration.between(h.scheduledAt(), h.completedAt()).toMinutes();
                List<String> sources = h.scheduleSource() == null ? List.of(h.source()) : List.of(h.source(), h.scheduleSource());
                HandoverTiming timing = new HandoverTiming(day.date(), h.party(), sources, h.scheduledAt(), h.completedAt(), late);
                worst.merge(h.party() + "\u0000" + h.source(), timing, (a, b) -> b.minutesLate() > a.minutesLate() ? b : a);
            }
            result.addAll(worst.values());
        }
        return result;
    }
}
