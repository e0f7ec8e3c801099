package org.truce.agreements.gaza_2023_11;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.truce.factset.Day;
import org.truce.factset.FactSet;
import org.truce.factset.Prisoner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The listing summary of {@link EligibleList} against a plain scan: per source and day, the latest listing date among
 * those released (never listed counts as latest of all), least id among ties.
 */
class EligibleListReadingTest {

    @Property(tries = 200)
    @Label("the listing summary is what a scan of each day's list gives")
    void sameAsScan(@ForAll @IntRange(min = 0, max = 200) int n, @ForAll long seed, @ForAll boolean decadesApart) {
        FactSet facts = RandomLists.facts(n, seed, decadesApart);
        assertThat(EligibleList.listing(facts)).isEqualTo(naive(facts));
    }

    @Property(tries = 100)
    @Label("over a long run of days, prisoners listed all along it, counts and lists in batches, the same")
    void sameAsScanOverALongRun(@ForAll @IntRange(min = 0, max = 300) int n, @ForAll long seed) {
        for (FactSet facts : RandomLists.inBothOrders(RandomLists.longRun(n, seed))) {
            assertThat(EligibleList.listing(facts)).isEqualTo(naive(facts));
        }
    }

    private static List<ListingDay> naive(FactSet facts) {
        Map<String, Prisoner> byId = new TreeMap<>();
        facts.prisoners().forEach(p -> byId.put(p.id(), p));
        Map<String, TreeMap<LocalDate, List<Prisoner>>> lists = new TreeMap<>();
        for (Day day : facts.days()) {
            for (Day.PrisonerRelease r : day.prisonerReleases()) {
                if (r.ids() == null) {
                    continue; // a count only: no list by id
                }
                List<Prisoner> released = lists.computeIfAbsent(r.source(), s -> new TreeMap<>()).computeIfAbsent(day.date(), d -> new ArrayList<>());
                r.ids().forEach(id -> released.add(byId.get(id)));
            }
        }
        List<ListingDay> naive = new ArrayList<>();
        lists.forEach((source, days) -> days.forEach((date, released) -> {
            Prisoner latest = released.stream().max(Comparator.comparingLong((Prisoner p) -> p.listedOn() == null ? Long.MAX_VALUE : p.listedOn().toEpochDay())
                    .thenComparing(Prisoner::id, Comparator.reverseOrder())).orElse(null);
            naive.add(new ListingDay(date, source, released.size(),
                    latest == null ? Long.MIN_VALUE : latest.listedOn() == null ? Long.MAX_VALUE : latest.listedOn().toEpochDay(),
                    latest == null ? null : latest.id()));
        }));
        return naive;
    }
}
