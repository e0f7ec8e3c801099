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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The prisoners by position against a scan of the list: the same releases per source and day, and the same dates. */
class PrisonersTest {

    @Property(tries = 200)
    @Label("releases by position, detention and listing days are what a scan of the list finds")
    void sameAsScan(@ForAll @IntRange(min = 1, max = 200) int n, @ForAll long seed) {
        FactSet facts = RandomLists.facts(n, seed, false);
        List<Prisoner> all = facts.prisoners();
        List<String> ids = all.stream().map(Prisoner::id).toList();
        Map<String, TreeMap<LocalDate, List<Integer>>> naive = new TreeMap<>();
        for (Day day : facts.days()) {
            for (Day.PrisonerRelease r : day.prisonerReleases()) {
                List<Integer> at = naive.computeIfAbsent(r.source(), s -> new TreeMap<>()).computeIfAbsent(day.date(), d -> new ArrayList<>());
                r.ids().forEach(id -> at.add(ids.indexOf(id)));
                at.sort(null);
            }
        }

        Prisoners prisoners = new Prisoners(facts);
        Map<String, TreeMap<LocalDate, List<Integer>>> indexed = new TreeMap<>();
        prisoners.releases().forEach((source, days) -> days.forEach((date, at) -> indexed.computeIfAbsent(source, s -> new TreeMap<>())
                .put(date, java.util.Arrays.stream(at).boxed().toList())));
        assertThat(indexed).isEqualTo(naive);
        for (int i = 0; i < n; i++) {
            assertThat(prisoners.detained()[i]).isEqualTo(all.get(i).detainedOn().toEpochDay());
            assertThat(prisoners.listed()[i]).isEqualTo(all.get(i).listedOn() == null ? Long.MAX_VALUE : all.get(i).listedOn().toEpochDay());
        }
    }
}
