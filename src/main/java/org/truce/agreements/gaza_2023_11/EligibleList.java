package org.truce.agreements.gaza_2023_11;

import org.truce.factset.FactSet;
import org.truce.factset.Prisoner;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts of the eligible-list term (T13): per source that reports releases by id, per day it does, the latest
 * listing date among those released (never listed counts as latest of all), with the least id among equal dates, and
 * whether the list is complete.
 * The rule compares it with the day; nothing here decides whether the term is met.
 */
final class EligibleList {

    private EligibleList() {
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
        var partial = prisoners.partial();
        for (var entry : prisoners.releases().entrySet()) {
            var partialDays = partial.get(entry.getKey());
            for (var day : entry.getValue().entrySet()) {
                long latest = Long.MIN_VALUE;
                int latestAt = -1;
                // Positions come in increasing order: with the list sorted by id, the first of equal dates has the
                // least id, and no id needs reading.
                for (int i : day.getValue()) {
                    long listed = listedDays[i];
                    // equivalent mutant: "<=" for "<" on the compareTo differs only for equal ids, and no two prisoners share an id (the loader refuses an id twice)
                    if (listed > latest || (listed == latest && !sortedById && all.get(i).id().compareTo(all.get(latestAt).id()) < 0)) {
                        latest = listed;
                        latestAt = i;
                    }
                }
                result.add(new ListingDay(day.getKey(), entry.getKey(), day.getValue().length, latest,
                        latestAt < 0 ? null : all.get(latestAt).id(), partialDays == null || !partialDays.containsKey(day.getKey())));
            }
        }
        return result;
    }
}
