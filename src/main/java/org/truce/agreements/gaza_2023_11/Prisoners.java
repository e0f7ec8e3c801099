package org.truce.agreements.gaza_2023_11;

import org.truce.factset.Day;
import org.truce.factset.FactSet;
import org.truce.factset.Prisoner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The prisoners of a fact set by position: id to position, detention and listing days (Long.MAX_VALUE: never
 * listed). Built on first use, once for both summaries of the lists by id.
 */
final class Prisoners {
    private final FactSet facts;
    private final List<Prisoner> all;
    private IdIndex index;
    private Boolean sortedById;
    private long[] detained;
    private long[] listed;
    private Map<String, TreeMap<LocalDate, int[]>> releases;
    private Map<String, TreeMap<LocalDate, Boolean>> partial;
    private int[] byTimeServed;
    private int[] rank;
    private int[] byListing;

    Prisoners(FactSet facts) {
        this.facts = facts;
        this.all = facts.prisoners();
    }

    /** Per source, per date in order: the positions of the prisoners that source lists as released that day. */
    Map<String, TreeMap<LocalDate, int[]>> releases() {
        if (releases == null) {
            IdIndex byId = index();
            releases = new TreeMap<>();
            partial = new TreeMap<>();
            releasesById(facts, partial).forEach((source, days) -> {
                TreeMap<LocalDate, int[]> resolved = new TreeMap<>();
                days.forEach((date, lists) -> resolved.put(date, byId.positionsOfAll(lists)));
                releases.put(source, resolved);
            });
        }
        return releases;
    }

    /**
     * Per source, per date on which one of its lists by id says {@code complete: false}: true. A source's lists of that
     * day, joined, are then some of its releases, not all of them.
     */
    Map<String, TreeMap<LocalDate, Boolean>> partial() {
        releases();
        return partial;
    }

    private void build() {
        if (index == null) {
            int n = all.size();
            long[] detainedOn = new long[n];
            long[] listedOn = new long[n];
            index = new IdIndex(all, (p, i) -> {
                detainedOn[i] = p.detainedOn().toEpochDay();
                listedOn[i] = p.listedOn() == null ? Long.MAX_VALUE : p.listedOn().toEpochDay();
            });
            detained = detainedOn;
            listed = listedOn;
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

    /** Positions, longest-serving first (detention date, then id): sorted once for both readings of T12. */
    int[] byTimeServed() {
        if (byTimeServed == null) {
            byTimeServed = TimeServedOrder.byTimeServed(all, detained(), sortedById());
            rank = new int[byTimeServed.length];
            for (int r = 0; r < byTimeServed.length; r++) {
                rank[byTimeServed[r]] = r;
            }
        }
        return byTimeServed;
    }

    /** Per position, its place in {@link #byTimeServed()}. */
    int[] rank() {
        byTimeServed();
        return rank;
    }

    /** Positions of the prisoners ever listed, by listing date. */
    int[] byListing() {
        if (byListing == null) {
            byListing = TimeServedOrder.byListing(all, listed());
        }
        return byListing;
    }

    /** Whether the prisoner list is in the order of its ids, as generated and as most lists are kept. */
    boolean sortedById() {
        if (sortedById == null) {
            sortedById = TimeServedOrder.sortedById(all);
        }
        return sortedById;
    }

    /**
     * Per source, per date in order: the lists of ids that source gives as released that day (its batches); the days with a
     * partial list go into {@code partial}.
     */
    private static Map<String, TreeMap<LocalDate, List<List<String>>>> releasesById(FactSet facts,
                                                                                    Map<String, TreeMap<LocalDate, Boolean>> partial) {
        Map<String, TreeMap<LocalDate, List<List<String>>>> bySource = new TreeMap<>();
        for (Day day : facts.days()) {
            for (Day.PrisonerRelease r : day.prisonerReleases()) {
                if (r.ids() != null) {
                    // the lists as given, joined only when resolved: most days have one list per source
                    bySource.computeIfAbsent(r.source(), s -> new TreeMap<>())
                            .computeIfAbsent(day.date(), d -> new ArrayList<>(1)).add(r.ids());
                    if (!r.complete()) {
                        partial.computeIfAbsent(r.source(), s -> new TreeMap<>()).put(day.date(), true);
                    }
                }
            }
        }
        return bySource;
    }
}
