package org.truce.check;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.truce.factset.Day;
import org.truce.factset.FactSet;
import org.truce.factset.Prisoner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summaries of the lists by id take shortcuts when the prisoner list is in id order (no id is read to break a
 * tie of dates) and when dates span few days (a counting sort). Neither may change what they say: the same
 * prisoners, listed in any order, with dates close together or decades apart, give the same summaries.
 */
class SummariesOrderTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 11, 24);

    @Property(tries = 200)
    @Label("seniority and listing summaries do not depend on the order of the prisoner list or the span of its dates")
    void sameWhateverTheOrder(@ForAll @IntRange(min = 1, max = 400) int n, @ForAll long seed, @ForAll boolean decadesApart) {
        Random random = new Random(seed);
        List<Prisoner> prisoners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Few distinct dates, so most of them tie; now and then one far in the past, beyond a counting sort.
            LocalDate detained = decadesApart && random.nextInt(10) == 0
                    ? LocalDate.of(1900 + random.nextInt(50), 1, 1) : LocalDate.of(2015 + random.nextInt(3), 1 + random.nextInt(2), 1);
            LocalDate listed = random.nextInt(4) == 0 ? null : FIRST_DAY.plusDays(random.nextInt(4) - 2);
            prisoners.add(new Prisoner("P-" + Integer.toString(random.nextInt(1_000_000), 36) + "-" + i, "adult", detained, listed, "src"));
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
            days.add(new Day(FIRST_DAY.plusDays(d), List.of(), releases, List.of(), List.of(), List.of()));
        }
        List<Prisoner> byId = new ArrayList<>(prisoners);
        byId.sort(Comparator.comparing(Prisoner::id));
        List<Prisoner> shuffled = new ArrayList<>(prisoners);
        Collections.shuffle(shuffled, random);

        FactSet sorted = facts(byId, days);
        FactSet unsorted = facts(shuffled, days);
        assertThat(Summaries.seniority(unsorted)).isEqualTo(Summaries.seniority(sorted));
        assertThat(Summaries.listing(unsorted)).isEqualTo(Summaries.listing(sorted));
    }

    @Property(tries = 200)
    @Label("seniority and listing summaries say what a naive reading of the lists says, day by day and source by source")
    void sameAsANaiveReading(@ForAll @IntRange(min = 0, max = 300) int n, @ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int shape) {
        compareWithNaiveReading(n, seed, shape);
    }

    /**
     * The same comparison on fixed seeds, so that every shape of list is read on every run, whatever the property
     * happens to draw: in particular long runs of days, where each day's newly eligible prisoners join a heap many
     * times their number, and lists in id order, where ties are broken without reading ids.
     */
    @org.junit.jupiter.api.Test
    void sameAsANaiveReadingOnFixedSeeds() {
        for (int shape = 0; shape <= 4; shape++) {
            for (long seed = 1; seed <= 6; seed++) {
                compareWithNaiveReading(shape == 4 ? 400 : 150, seed * 7919 + shape, shape);
            }
        }
    }

    /**
     * Shapes: 0, a few detention dates, most tied; 1, some decades apart, and some listed decades ago; 2, some
     * millions of years away, beyond any packed sort key; 3, all distinct; 4, a long run of days with prisoners
     * listed all along it and few released each day.
     */
    private static void compareWithNaiveReading(int n, long seed, int shape) {
        Random random = new Random(seed);
        int dayCount = shape == 4 ? 24 : 12;
        List<Prisoner> prisoners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate detained = switch (shape) {
                case 0 -> LocalDate.of(2015 + random.nextInt(3), 1 + random.nextInt(2), 1);
                case 1 -> random.nextInt(8) == 0 ? LocalDate.of(1900 + random.nextInt(50), 1, 1) : LocalDate.of(2015, 1, 1 + random.nextInt(3));
                case 2 -> random.nextInt(8) == 0 ? LocalDate.of(-6_000_000 + random.nextInt(3), 1, 1) : LocalDate.of(2015, 1, 1 + random.nextInt(3));
                case 3 -> LocalDate.of(2000, 1, 1).plusDays(i * 7L);
                default -> LocalDate.of(2010, 1, 1).plusDays(random.nextInt(3000));
            };
            LocalDate listed = random.nextInt(5) == 0 ? null
                    : shape == 1 && random.nextInt(8) == 0 ? LocalDate.of(1990 + random.nextInt(20), 1, 1)
                    : shape == 2 && random.nextInt(10) == 0 ? LocalDate.of(6_000_000, 1, 1)
                    : FIRST_DAY.plusDays(random.nextInt(dayCount + 4) - 3);
            prisoners.add(new Prisoner("P-" + Integer.toString(random.nextInt(1_000), 36) + "-" + i, "adult", detained, listed, "src"));
        }
        List<Day> days = new ArrayList<>();
        for (int d = 0; d < dayCount; d++) {
            List<Day.PrisonerRelease> releases = new ArrayList<>();
            for (String source : List.of("a", "b", "c")) {
                int kind = random.nextInt(4); // nothing, a list by id (maybe empty, maybe in two batches), or a count
                if (kind == 3) {
                    releases.add(new Day.PrisonerRelease(5L, null, source, null));
                } else if (kind > 0) {
                    List<String> ids = new ArrayList<>();
                    for (Prisoner p : prisoners) {
                        if (random.nextInt(shape == 4 ? 60 : 12) == 0) {
                            ids.add(p.id());
                        }
                    }
                    Collections.shuffle(ids, random);
                    int cut = kind == 2 ? ids.size() / 2 : ids.size();
                    releases.add(new Day.PrisonerRelease(null, ids.subList(0, cut), source, null));
                    if (cut < ids.size()) {
                        releases.add(new Day.PrisonerRelease(null, ids.subList(cut, ids.size()), source, null));
                    }
                }
            }
            days.add(new Day(FIRST_DAY.plusDays(d), List.of(), releases, List.of(), List.of(), List.of()));
        }
        Collections.shuffle(days, random);
        List<Prisoner> byId = new ArrayList<>(prisoners);
        byId.sort(Comparator.comparing(Prisoner::id));
        List<Prisoner> shuffled = new ArrayList<>(prisoners);
        Collections.shuffle(shuffled, random);
        for (List<Prisoner> list : List.of(byId, shuffled)) {
            FactSet facts = facts(list, days);
            assertThat(Summaries.seniority(facts)).isEqualTo(NaiveReading.seniority(facts));
            assertThat(Summaries.listing(facts)).isEqualTo(NaiveReading.listing(facts));
        }
    }

    /** What the summaries mean, read the slow way: every prisoner looked at on every day of every source. */
    static final class NaiveReading {
        private static final Comparator<Prisoner> LONGEST_SERVING = Comparator.comparing(Prisoner::detainedOn).thenComparing(Prisoner::id);

        /** Per source, per date with a list by id: the latest detained released, the earliest detained eligible and still held. */
        static List<SeniorityDay> seniority(FactSet facts) {
            List<SeniorityDay> out = new ArrayList<>();
            lists(facts).forEach((source, byDate) -> {
                java.util.Set<Prisoner> released = new java.util.HashSet<>();
                byDate.forEach((date, today) -> {
                    released.addAll(today);
                    Prisoner latest = today.stream().max(Comparator.comparing(Prisoner::detainedOn)
                            .thenComparing(Prisoner::id, Comparator.reverseOrder())).orElse(null);
                    Prisoner held = facts.prisoners().stream().filter(p -> p.listedOn() != null && p.listedOn().isBefore(date))
                            .filter(p -> !released.contains(p)).min(LONGEST_SERVING).orElse(null);
                    out.add(new SeniorityDay(date, source, today.size(),
                            latest == null ? Long.MIN_VALUE : latest.detainedOn().toEpochDay(), latest == null ? null : latest.id(),
                            held != null, held == null ? Long.MAX_VALUE : held.detainedOn().toEpochDay(), held == null ? null : held.id()));
                });
            });
            return out;
        }

        /** Per source, per date with a list by id: the latest listing date of those released (never listed: latest of all). */
        static List<ListingDay> listing(FactSet facts) {
            List<ListingDay> out = new ArrayList<>();
            lists(facts).forEach((source, byDate) -> byDate.forEach((date, today) -> {
                ToLongFunction<Prisoner> listed = p -> p.listedOn() == null ? Long.MAX_VALUE : p.listedOn().toEpochDay();
                Prisoner latest = today.stream().max(Comparator.comparingLong(listed)
                        .thenComparing(Prisoner::id, Comparator.reverseOrder())).orElse(null);
                out.add(new ListingDay(date, source, today.size(), latest == null ? Long.MIN_VALUE : listed.applyAsLong(latest),
                        latest == null ? null : latest.id()));
            }));
            return out;
        }

        /** Per source in id order, per date in order: the prisoners of that source's lists by id that day, batches joined. */
        private static java.util.Map<String, java.util.TreeMap<LocalDate, List<Prisoner>>> lists(FactSet facts) {
            java.util.Map<String, java.util.TreeMap<LocalDate, List<Prisoner>>> lists = new java.util.TreeMap<>();
            for (Day day : facts.days()) {
                for (Day.PrisonerRelease r : day.prisonerReleases()) {
                    if (r.ids() != null) {
                        List<Prisoner> today = lists.computeIfAbsent(r.source(), s -> new java.util.TreeMap<>())
                                .computeIfAbsent(day.date(), d -> new ArrayList<>());
                        r.ids().forEach(id -> today.add(facts.prisoners().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow()));
                    }
                }
            }
            return lists;
        }
    }

    private static FactSet facts(List<Prisoner> prisoners, List<Day> days) {
        return new FactSet("truce-facts/1", "gaza-2023-11", "test", List.of(), List.of(), prisoners, days, List.of());
    }
}
