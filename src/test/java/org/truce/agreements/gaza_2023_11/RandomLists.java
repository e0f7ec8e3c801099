package org.truce.agreements.gaza_2023_11;

import org.truce.factset.Day;
import org.truce.factset.FactSet;
import org.truce.factset.Prisoner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random prisoner lists and releases by id, for comparing the summaries with naive references: few distinct dates, so
 * most tie; now and then one decades back, beyond a counting sort; some prisoners never listed; ids in random order.
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
}
