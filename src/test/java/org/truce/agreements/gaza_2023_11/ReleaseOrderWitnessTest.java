package org.truce.agreements.gaza_2023_11;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.factset.Day;
import org.truce.factset.FactSet;
import org.truce.factset.Prisoner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * T12 from partial lists, as the sweep of {@link ReleaseOrder#witnesses} computes it, against the reading written out
 * pairwise: per source, per day from its first partial list on, the latest-detained of those it names released, and
 * the longest-serving prisoner listed before the day whom a source reports released on a later day and no source on
 * that day or before (its earliest reported release is after the day).
 */
class ReleaseOrderWitnessTest {

    private static final Comparator<Prisoner> LONGEST_SERVING = Comparator.comparing(Prisoner::detainedOn).thenComparing(Prisoner::id);

    @Property(tries = 150)
    @Label("the witness summary is what the reading, written out pairwise, gives")
    void sameAsNaiveReading(@ForAll @IntRange(min = 0, max = 300) int n, @ForAll long seed) {
        for (FactSet complete : RandomLists.inBothOrders(RandomLists.longRun(n, seed))) {
            FactSet facts = somePartial(complete, seed);
            assertThat(ReleaseOrder.witnesses(facts, new Prisoners(facts))).isEqualTo(naive(facts));
        }
    }

    @Property(tries = 100)
    @Label("a source's days before its first partial list are read as complete lists, and none after it")
    void completeUntilTheFirstPartialList(@ForAll @IntRange(min = 0, max = 200) int n, @ForAll long seed) {
        FactSet facts = somePartial(RandomLists.longRun(n, seed), seed);
        Map<String, LocalDate> firstPartial = firstPartial(facts);
        assertThat(ReleaseOrder.seniority(facts)).allMatch(d -> !firstPartial.containsKey(d.source())
                || d.date().isBefore(firstPartial.get(d.source())));
        assertThat(ReleaseOrder.witnesses(facts, new Prisoners(facts))).allMatch(d -> firstPartial.containsKey(d.source())
                && !d.date().isBefore(firstPartial.get(d.source())));
    }

    @Test
    @DisplayName("a prisoner reported released the next day is a witness; one reported released the same day is not")
    void witnessReleasedTheNextDayNotTheSameDay() {
        LocalDate day = RandomLists.FIRST_DAY;
        List<Prisoner> prisoners = List.of(
                new Prisoner("P-1", null, LocalDate.of(2015, 10, 12), day.minusDays(2), "a"),
                new Prisoner("P-2", null, LocalDate.of(2023, 6, 1), day.minusDays(2), "a"));
        for (int later = 0; later <= 1; later++) {
            List<Day> days = new ArrayList<>();
            days.add(new Day(day, List.of(), List.of(new Day.PrisonerRelease(null, List.of("P-2"), "a", null, false)),
                    List.of(), List.of(), List.of(), List.of()));
            Day.PrisonerRelease witness = new Day.PrisonerRelease(null, List.of("P-1"), "b", null, false);
            if (later == 0) {
                days.set(0, new Day(day, List.of(), List.of(days.get(0).prisonerReleases().get(0), witness), List.of(), List.of(), List.of(), List.of()));
            } else {
                days.add(new Day(day.plusDays(1), List.of(), List.of(witness), List.of(), List.of(), List.of(), List.of()));
            }
            FactSet facts = new FactSet("truce-facts/1", "test", "test", List.of(), List.of(), prisoners, days, List.of());
            SeniorityWitness first = ReleaseOrder.witnesses(facts, new Prisoners(facts)).stream()
                    .filter(w -> w.source().equals("a")).findFirst().orElseThrow();
            assertThat(first.anyWitness()).as("a witness released %d day(s) later", later).isEqualTo(later == 1);
            if (later == 1) {
                assertThat(first.witnessId()).isEqualTo("P-1");
                assertThat(first.witnessReleasedOn()).isEqualTo(day.plusDays(1));
                assertThat(first.latestReleasedDetainedDay()).isGreaterThan(first.witnessDetainedDay());
            }
        }
    }

    @Test
    @DisplayName("a prisoner one source reports released the next day is no witness where another source reports it released the"
            + " same day: on that account it was not still held at the day's end")
    void noWitnessWhereSourcesDisagreeOnTheDay() {
        LocalDate day = RandomLists.FIRST_DAY;
        List<Prisoner> prisoners = List.of(
                new Prisoner("P-1", null, LocalDate.of(2015, 10, 12), day.minusDays(2), "a"),
                new Prisoner("P-2", null, LocalDate.of(2023, 6, 1), day.minusDays(2), "a"));
        List<Day> days = List.of(
                new Day(day, List.of(), List.of(new Day.PrisonerRelease(null, List.of("P-2"), "a", null, false),
                        new Day.PrisonerRelease(null, List.of("P-1", "P-2"), "c", null)), List.of(), List.of(), List.of(), List.of()),
                new Day(day.plusDays(1), List.of(), List.of(new Day.PrisonerRelease(null, List.of("P-1"), "b", null, false)),
                        List.of(), List.of(), List.of(), List.of()));
        FactSet facts = new FactSet("truce-facts/1", "test", "test", List.of(), List.of(), prisoners, days, List.of());
        SeniorityWitness first = ReleaseOrder.witnesses(facts, new Prisoners(facts)).stream()
                .filter(w -> w.source().equals("a") && w.date().equals(day)).findFirst().orElseThrow();
        assertThat(first.anyWitness()).isFalse();
    }

    /** The same facts with some lists by id marked partial, at random but the same for a seed. */
    private static FactSet somePartial(FactSet facts, long seed) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        List<Day> days = new ArrayList<>();
        for (Day d : facts.days()) {
            List<Day.PrisonerRelease> releases = new ArrayList<>();
            for (Day.PrisonerRelease r : d.prisonerReleases()) {
                releases.add(r.ids() != null && random.nextInt(5) == 0
                        ? new Day.PrisonerRelease(r.count(), r.ids(), r.source(), r.note(), false) : r);
            }
            days.add(new Day(d.date(), d.hostageReleases(), releases, d.aidTrucks(), d.fuelLitres(), d.handovers(), d.notes()));
        }
        return new FactSet(facts.format(), facts.agreement(), facts.title(), facts.sources(), facts.extensions(),
                facts.prisoners(), days, facts.claims(), facts.periods());
    }

    private static Map<String, LocalDate> firstPartial(FactSet facts) {
        Map<String, LocalDate> first = new TreeMap<>();
        for (Day d : facts.days()) {
            for (Day.PrisonerRelease r : d.prisonerReleases()) {
                if (r.ids() != null && !r.complete()) {
                    first.merge(r.source(), d.date(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        return first;
    }

    private static List<SeniorityWitness> naive(FactSet facts) {
        Map<String, Prisoner> byId = new TreeMap<>();
        facts.prisoners().forEach(p -> byId.put(p.id(), p));
        Map<String, TreeMap<LocalDate, List<Prisoner>>> lists = new TreeMap<>();
        Map<String, TreeMap<LocalDate, Boolean>> partial = new TreeMap<>();
        for (Day day : facts.days()) {
            for (Day.PrisonerRelease r : day.prisonerReleases()) {
                if (r.ids() != null) {
                    List<Prisoner> released = lists.computeIfAbsent(r.source(), s -> new TreeMap<>()).computeIfAbsent(day.date(), d -> new ArrayList<>());
                    r.ids().forEach(id -> released.add(byId.get(id)));
                    if (!r.complete()) {
                        partial.computeIfAbsent(r.source(), s -> new TreeMap<>()).put(day.date(), true);
                    }
                }
            }
        }
        List<SeniorityWitness> out = new ArrayList<>();
        partial.forEach((source, partialDays) -> lists.get(source).tailMap(partialDays.firstKey(), true).forEach((date, released) -> {
            Prisoner latest = released.stream().max(Comparator.comparing(Prisoner::detainedOn)
                    .thenComparing(Prisoner::id, Comparator.reverseOrder())).orElse(null);
            Prisoner witness = null;
            LocalDate witnessDay = null;
            String witnessSource = null;
            for (Prisoner p : facts.prisoners()) {
                if (p.listedOn() == null || !p.listedOn().isBefore(date)) {
                    continue;
                }
                LocalDate last = null;
                String by = null;
                for (var s : lists.entrySet()) {
                    for (var d : s.getValue().entrySet()) {
                        if (d.getValue().contains(p) && (last == null || d.getKey().isBefore(last))) {
                            last = d.getKey();
                            by = s.getKey();
                        }
                    }
                }
                if (last != null && last.isAfter(date) && (witness == null || LONGEST_SERVING.compare(p, witness) < 0)) {
                    witness = p;
                    witnessDay = last;
                    witnessSource = by;
                }
            }
            LocalDate since = partialDays.floorKey(date);
            out.add(new SeniorityWitness(date, source, released.size(), since,
                    latest == null ? Long.MIN_VALUE : latest.detainedOn().toEpochDay(), latest == null ? null : latest.id(),
                    witness != null, witness == null ? Long.MAX_VALUE : witness.detainedOn().toEpochDay(),
                    witness == null ? null : witness.id(), witnessDay, witnessSource));
        }));
        return out;
    }
}
