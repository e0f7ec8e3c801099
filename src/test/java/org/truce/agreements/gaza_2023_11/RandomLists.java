package org.truce.agreements.gaza_2023_11;

import org.truce.factset.Day;
import org.truce.factset.FactSet;
import org.truce.factset.Prisoner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random prisoner lists and releases by id, for comparing the summaries with naive references: few distinct dates, so
 * most tie; now and then one decades back, beyond a counting sort; some prisoners never listed; ids in random order.
 * {@link #longRun} is the other shape: prisoners listed all along a long run of days, released from the top of the held.
 */
final class RandomLists {
    static final LocalDate FIRST_DAY = LocalDate.of(2023, 11, 24);

    private RandomLists() {
    }

    static FactSet facts(int n, long seed, boolean decadesApart) {
        Random random = new Random(seed);
        List<Prisoner> prisoners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate detained = decadesApart && random.nextInt(10) == 0
                    ? LocalDate.of(1900 + random.nextInt(50), 1, 1) : LocalDate.of(2015 + random.nextInt(3), 1 + random.nextInt(2), 1);
            LocalDate listed = random.nextInt(4) == 0 ? null : FIRST_DAY.plusDays(random.nextInt(5) - 2);
            prisoners.add(new Prisoner("P-" + Integer.toString(random.nextInt(1_000_000), 36) + "-" + i, "adult", detained, listed, "src"));
        }
        if (random.nextBoolean()) {
            prisoners.sort((a, b) -> a.id().compareTo(b.id()));
        }
        List<Day> days = new ArrayList<>();
        for (int d = 0; d < 3; d++) {
            List<Day.PrisonerRelease> releases = new ArrayList<>();
            for (String source : List.of("a", "b")) {
                List<String> ids = new ArrayList<>();
                for (Prisoner p : prisoners) {
                    if (random.nextInt(6) == 0) {
                        ids.add(p.id());
                    }
                }
                releases.add(new Day.PrisonerRelease((long) ids.size(), ids, source, null));
            }
            days.add(new Day(FIRST_DAY.plusDays(d), List.of(), releases, List.of(), List.of(), List.of(), List.of()));
        }
        return new FactSet("truce-facts/1", "test", "test", List.of(), List.of(), prisoners, days, List.of());
    }

    /**
     * A long run of days (24) with prisoners listed all along it, so that most become eligible only during the run
     * and wait in the heap of those listed later, not behind the pointer over those listed before the first day. Each
     * day, each source releases nothing, a count only, or a list by id (sometimes in two batches): a few of the
     * longest-serving it still holds of those eligible that day, and a few others at random, so the held are taken
     * from the top of the heap day after day. Detention dates span some 3000 days, so few tie; days come in no order.
     */
    static FactSet longRun(int n, long seed) {
        Random random = new Random(seed);
        int dayCount = 24;
        List<Prisoner> prisoners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate detained = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(3000));
            LocalDate listed = random.nextInt(5) == 0 ? null : FIRST_DAY.plusDays(random.nextInt(dayCount));
            prisoners.add(new Prisoner("P-" + Integer.toString(random.nextInt(1_000), 36) + "-" + i, "adult", detained, listed, "src"));
        }
        Comparator<Prisoner> longestServing = Comparator.comparing(Prisoner::detainedOn).thenComparing(Prisoner::id);
        Map<String, Set<String>> releasedBy = new HashMap<>();
        List<Day> days = new ArrayList<>();
        for (int d = 0; d < dayCount; d++) {
            LocalDate date = FIRST_DAY.plusDays(d);
            List<Day.PrisonerRelease> releases = new ArrayList<>();
            for (String source : List.of("a", "b", "c")) {
                int kind = random.nextInt(4); // nothing, a list by id (maybe empty, maybe in two batches), or a count
                if (kind == 3) {
                    releases.add(new Day.PrisonerRelease(5L, null, source, null));
                } else if (kind > 0) {
                    Set<String> released = releasedBy.computeIfAbsent(source, k -> new HashSet<>());
                    List<String> ids = new ArrayList<>();
                    prisoners.stream().filter(p -> p.listedOn() != null && p.listedOn().isBefore(date) && !released.contains(p.id()))
                            .sorted(longestServing).limit(random.nextInt(4)).forEach(p -> ids.add(p.id()));
                    for (Prisoner p : prisoners) {
                        if (random.nextInt(60) == 0 && !ids.contains(p.id())) {
                            ids.add(p.id());
                        }
                    }
                    released.addAll(ids);
                    Collections.shuffle(ids, random);
                    int cut = kind == 2 ? ids.size() / 2 : ids.size();
                    releases.add(new Day.PrisonerRelease(null, ids.subList(0, cut), source, null));
                    if (cut < ids.size()) {
                        releases.add(new Day.PrisonerRelease(null, ids.subList(cut, ids.size()), source, null));
                    }
                }
            }
            days.add(new Day(date, List.of(), releases, List.of(), List.of(), List.of(), List.of()));
        }
        Collections.shuffle(days, random);
        Collections.shuffle(prisoners, random);
        return new FactSet("truce-facts/1", "test", "test", List.of(), List.of(), prisoners, days, List.of());
    }

    /** The same facts twice: with the prisoner list as it is, and sorted by id, where ties are broken without reading ids. */
    static List<FactSet> inBothOrders(FactSet facts) {
        List<Prisoner> byId = new ArrayList<>(facts.prisoners());
        byId.sort(Comparator.comparing(Prisoner::id));
        return List.of(facts, new FactSet(facts.format(), facts.agreement(), facts.title(), facts.sources(), facts.extensions(), byId,
                facts.days(), facts.claims()));
    }
}
