package org.truce.agreements.gaza_2025_01;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.Pause;
import org.truce.factset.Bound;
import org.truce.testing.FactSetBuilder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("Phase-one totals: the hostages of the deal added up over the phase, one total per way of reading each day")
class PhaseOneTotalTest {
    private static final LocalDate FIRST = LocalDate.of(2025, 1, 19);
    private static final Pause PHASE = new Pause(FIRST, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), 42);

    private static List<HostageTally> tallies(FactSetBuilder b) {
        return HostageTally.of(b.agreement("gaza-2025-01").build());
    }

    /** The naive reference: every choice of one source's exact tally per release day, summed; distinct totals by value. */
    private static Set<Long> naive(List<HostageTally> tallies) {
        Map<LocalDate, List<Long>> byDay = new TreeMap<>();
        tallies.stream().filter(t -> t.bound() == Bound.EXACT && !t.date().isAfter(PHASE.lastInitialDay()))
                .forEach(t -> byDay.computeIfAbsent(t.date(), d -> new ArrayList<>()).add(t.total()));
        Set<Long> sums = new TreeSet<>(Set.of(0L));
        for (List<Long> counts : byDay.values()) {
            sums = sums.stream().flatMap(s -> counts.stream().map(c -> s + c)).collect(Collectors.toCollection(TreeSet::new));
        }
        return sums;
    }

    @Test
    @DisplayName("two counts of one day give two totals, each with its days and the sources it rests on")
    void twoReadings() {
        var totals = PhaseOneTotal.of(tallies(facts()
                .day("2025-01-19").hostages(3, "civilian-woman", "living", null, "Monitor A").and()
                .day("2025-02-20").hostages(4, null, "deceased", null, "Monitor A").hostages(3, null, "deceased", null, "Monitor B").and()), PHASE);
        assertThat(totals).extracting(PhaseOneTotal::shows).containsExactly("6 hostages (3 on 19 Jan + 3 on 20 Feb)", "7 hostages (3 on 19 Jan + 4 on 20 Feb)");
        assertThat(totals.get(0).reportedBy()).containsExactly("monitor-a", "monitor-b");
        assertThat(totals.get(0).day()).isEqualTo(PHASE.lastInitialDay());
        assertThat(totals.get(0).readBy()).containsExactly("phase-one-hostages");
    }

    @Test
    @DisplayName("a release day whose only report is a bound gives no total; days after the phase are left out")
    void boundOnlyDay() {
        assertThat(PhaseOneTotal.of(tallies(facts()
                .day("2025-01-19").hostages(3, null, "living", null, "Monitor A").and()
                .day("2025-01-25").hostages(4, null, "living", Bound.AT_LEAST, "Monitor A").and()), PHASE)).isEmpty();
        assertThat(PhaseOneTotal.of(tallies(facts()
                .day("2025-01-19").hostages(3, null, "living", null, "Monitor A").and()
                .day("2025-03-02").hostages(40, null, "living", null, "Monitor A").and()), PHASE))
                .extracting(PhaseOneTotal::value).containsExactly(3L);
        assertThat(PhaseOneTotal.of(List.of(), PHASE)).isEmpty();
    }

    @Test
    @DisplayName("the totals are those of the naive reference, for random fact sets")
    void matchesNaive() {
        Random random = new Random(2025);
        for (int round = 0; round < 200; round++) {
            FactSetBuilder b = facts();
            for (int day = 0; day < 1 + random.nextInt(6); day++) {
                LocalDate date = FIRST.plusDays(random.nextInt(45));
                for (int s = 0; s < 1 + random.nextInt(3); s++) {
                    b.day(date).hostages(random.nextInt(5), null, random.nextBoolean() ? "living" : "deceased", null, "Monitor " + (char) ('A' + s));
                }
            }
            List<HostageTally> tallies = tallies(b);
            Set<Long> expected = tallies.stream().anyMatch(t -> !t.date().isAfter(PHASE.lastInitialDay())) ? naive(tallies) : Set.of();
            Set<Long> actual = PhaseOneTotal.of(tallies, PHASE).stream().map(PhaseOneTotal::value).collect(Collectors.toCollection(TreeSet::new));
            assertThat(actual).as("round %d", round).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("beyond the readings it enumerates, the least and the greatest total, which every other lies between")
    void tooManyReadings() {
        FactSetBuilder b = facts();
        for (int day = 0; day < 11; day++) {
            b.day(FIRST.plusDays(day)).hostages(1, null, "living", null, "Monitor A").hostages(2, null, "living", null, "Monitor B");
        }
        var totals = PhaseOneTotal.of(tallies(b), PHASE);
        assertThat(totals).extracting(PhaseOneTotal::value).containsExactly(11L, 22L);
        assertThat(totals.get(0).breakdown()).endsWith(", the least of more than 1000 ways of adding up");
        assertThat(totals.get(1).breakdown()).endsWith(", the greatest of more than 1000 ways of adding up");
    }
}
