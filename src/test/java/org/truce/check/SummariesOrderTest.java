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
            days.add(new Day(FIRST_DAY.plusDays(d), List.of(), releases, List.of(), List.of(), List.of(), List.of()));
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

    private static FactSet facts(List<Prisoner> prisoners, List<Day> days) {
        return new FactSet("truce-facts/1", "gaza-2023-11", "test", List.of(), List.of(), prisoners, days, List.of());
    }
}
