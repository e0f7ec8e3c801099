package org.truce.agreements.gaza_2025_01;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.factset.Bound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("Prisoner tallies: one source's prisoners released on one day")
class PrisonerTallyTest {

    @Test
    @DisplayName("a source's counts and complete lists of a day add up; a bound stands alone; both terms of prisoners read them")
    void addsUp() {
        var facts = facts().agreement("gaza-2025-01").day("2025-01-25")
                .prisoners(150, "Monitor A").prisonersById("Monitor A", "P-1", "P-2")
                .prisoners(90, Bound.AT_LEAST, "Monitor B").and().build();
        assertThat(PrisonerTally.of(facts)).extracting(PrisonerTally::source, PrisonerTally::value, PrisonerTally::bound)
                .containsExactly(tuple("monitor-a", 152L, Bound.EXACT), tuple("monitor-b", 90L, Bound.AT_LEAST));
        assertThat(PrisonerTally.of(facts)).allSatisfy(t -> assertThat(t.readBy()).containsExactly("exchange-ratio", "prisoners-same-day"));
    }

    @Test
    @DisplayName("a source whose list of the day is partial gives only a lower bound of the day's releases")
    void partialListIsALowerBound() {
        var tallies = PrisonerTally.of(facts().agreement("gaza-2025-01").day("2025-01-25")
                .prisoners(10, "Monitor A").somePrisonersById("Monitor A", "P-1", "P-2").and().build());
        assertThat(tallies).singleElement().satisfies(t -> {
            assertThat(t.value()).isEqualTo(12);
            assertThat(t.bound()).isEqualTo(Bound.AT_LEAST);
            assertThat(t.shows()).isEqualTo("at least 12 prisoners released on 2025-01-25");
        });
    }

    @Test
    @DisplayName("why a tally decides nothing about the same-day release")
    void notSameDay() {
        var tallies = PrisonerTally.of(facts().agreement("gaza-2025-01").day("2025-02-22")
                .prisoners(1, Bound.AT_MOST, "Monitor A").prisoners(0, Bound.AT_LEAST, "Monitor B").prisoners(0, "Monitor C").and().build());
        assertThat(tallies).extracting(t -> t.notSameDay(t.source().equals("monitor-c") ? 2 : 0)).containsExactlyInAnyOrder(
                "at most 1 prisoner released on 2025-02-22: an upper bound cannot show that any prisoner was released",
                "at least 0 prisoners released on 2025-02-22: a figure for part of the day cannot show that none was released",
                "0 prisoners released on 2025-02-22: the prisoners may be released up to 2 pause days after the hostages, and the source gives no count of each of those days");
    }
}
