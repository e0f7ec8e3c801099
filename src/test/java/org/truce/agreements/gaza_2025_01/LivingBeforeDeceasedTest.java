package org.truce.agreements.gaza_2025_01;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.factset.FactSet;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.truce.agreements.gaza_2025_01.Days.released;

class LivingBeforeDeceasedTest {
    private static final LocalDate DAY_33 = Days.DAY_1.plusDays(32);

    @Test
    @DisplayName("the weeks of the schedule run from Day 1: Days 29 to 35 are one week, Day 36 starts the next")
    void weeks() {
        assertThat(LivingBeforeDeceased.week(Days.PAUSE, Days.DAY_1)).isZero();
        assertThat(LivingBeforeDeceased.week(Days.PAUSE, Days.DAY_1.plusDays(6))).isZero();
        assertThat(LivingBeforeDeceased.week(Days.PAUSE, Days.DAY_1.plusDays(7))).isEqualTo(1);
        assertThat(LivingBeforeDeceased.week(Days.PAUSE, Days.DAY_1.plusDays(28))).isEqualTo(LivingBeforeDeceased.week(Days.PAUSE, Days.DAY_1.plusDays(34)));
        assertThat(LivingBeforeDeceased.week(Days.PAUSE, Days.DAY_1.plusDays(35))).isEqualTo(5);
    }

    @Test
    @DisplayName("living hostages released on Day 35 witness a body of Day 33 by day, not by week; on Day 36, by both")
    void witnessesByDayAndByWeek() {
        for (int day = 35; day <= 36; day++) {
            FactSet facts = Days.facts(Days.releases(DAY_33, released(3, null, "deceased", "a")),
                    Days.releases(Days.DAY_1.plusDays(day - 1), released(6, "civilian-man", "living", "b")));
            List<LivingStillHeld> held = LivingBeforeDeceased.stillHeld(facts, Days.PAUSE, LivingBeforeDeceased.released(facts));
            assertThat(held).extracting(LivingStillHeld::kind).as("witnesses of a release on Day %d", day)
                    .containsExactlyElementsOf(day == 35 ? List.of("later-day") : List.of("later-day", "later-week"));
        }
    }

    @Test
    @DisplayName("a day of living releases shows no body; one whose status is not said is undecidable")
    void statuses() {
        FactSet facts = Days.facts(Days.releases(Days.DAY_1, released(3, "civilian-woman", "living", "a"), released(1, null, null, "b")));
        assertThat(LivingBeforeDeceased.released(facts)).extracting(BodiesReleased::source, BodiesReleased::bodies, BodiesReleased::decidable)
                .containsExactly(tuple("a", 0L, true), tuple("b", 0L, false));
    }
}
