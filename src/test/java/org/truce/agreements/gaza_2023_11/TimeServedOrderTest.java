package org.truce.agreements.gaza_2023_11;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.truce.factset.FactSet;
import org.truce.factset.Prisoner;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The orderings of prisoners against a sort of the whole list by the same keys, whatever shortcut they take. */
class TimeServedOrderTest {

    @Property(tries = 200)
    @Label("longest-serving first (detention date, then id) and by listing date (then position), as a plain sort gives")
    void sameAsPlainSort(@ForAll @IntRange(min = 0, max = 300) int n, @ForAll long seed, @ForAll boolean decadesApart) {
        FactSet facts = RandomLists.facts(n, seed, decadesApart);
        List<Prisoner> all = facts.prisoners();
        long[] detained = all.stream().mapToLong(p -> p.detainedOn().toEpochDay()).toArray();
        long[] listed = all.stream().mapToLong(p -> p.listedOn() == null ? Long.MAX_VALUE : p.listedOn().toEpochDay()).toArray();

        int[] byTimeServed = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparing((Integer i) -> all.get(i).detainedOn()).thenComparing(i -> all.get(i).id()))
                .mapToInt(Integer::intValue).toArray();
        int[] byListing = IntStream.range(0, n).filter(i -> all.get(i).listedOn() != null).boxed()
                .sorted(Comparator.comparing((Integer i) -> all.get(i).listedOn()).thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();

        assertThat(TimeServedOrder.byTimeServed(all, detained, TimeServedOrder.sortedById(all))).containsExactly(byTimeServed);
        assertThat(TimeServedOrder.byListing(all, listed)).containsExactly(byListing);
    }
}
