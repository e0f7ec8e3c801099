package org.truce.agreements.gaza_2025_01;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.factset.Bound;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("Hostage tallies: one source's hostages released in the deal on one day, by status and category")
class HostageTallyTest {

    @Test
    @DisplayName("a source's reports of a day add up by category and status; each source has its own tally")
    void addsUpBySource() {
        var tallies = HostageTally.of(facts().agreement("gaza-2025-01").day("2025-01-30")
                .hostages(1, "female-soldier", "living", null, "Monitor A")
                .hostages(1, "civilian-woman", "living", null, "Monitor A")
                .hostages(1, "civilian-man", "living", null, "Monitor A")
                .hostages(2, "child", "deceased", null, "Monitor A")
                .hostages(3, null, null, null, "Monitor B")
                .hostagesOutsideDeal(5, "Monitor A").and().build());
        assertThat(tallies).hasSize(2);
        HostageTally a = tallies.get(0);
        assertThat(a.source()).isEqualTo("monitor-a");
        assertThat(a.readBy()).containsExactly("exchange-ratio", "release-schedule", "phase-one-hostages");
        assertThat(a.civilians()).isEqualTo(2);
        assertThat(a.femaleSoldiers()).isEqualTo(1);
        assertThat(a.living()).isEqualTo(3);
        assertThat(a.bodies()).isEqualTo(2);
        assertThat(a.total()).isEqualTo(5);
        assertThat(a.shows()).isEqualTo("1 civilian woman, 1 civilian man and 1 female soldier released alive and the bodies of 2 hostages returned in the deal");
        HostageTally b = tallies.get(1);
        assertThat(b.statusNotSaid()).isEqualTo(3);
        assertThat(b.living()).isZero();
        assertThat(b.total()).isEqualTo(3);
        assertThat(b.shows()).isEqualTo("3 hostages released (alive or dead not said) in the deal");
    }

    @Test
    @DisplayName("a report with a bound is a tally of its own, never added to the source's other reports")
    void boundsStandAlone() {
        var tallies = HostageTally.of(facts().agreement("gaza-2025-01").day("2025-01-19")
                .hostages(2, "civilian-woman", "living", null, "Monitor A")
                .hostages(3, "civilian-woman", "living", Bound.AT_LEAST, "Monitor A").and().build());
        assertThat(tallies).extracting(HostageTally::living, HostageTally::bound).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, Bound.EXACT), org.assertj.core.groups.Tuple.tuple(3L, Bound.AT_LEAST));
        assertThat(tallies.get(1).partial()).isTrue();
        assertThat(tallies.get(1).shows()).isEqualTo("at least 3 civilian women released alive in the deal");
        assertThat(tallies.get(1).date()).isEqualTo(LocalDate.of(2025, 1, 19));
    }

    @Test
    @DisplayName("why a tally has no ratio: status not said first, then no category, then male soldiers, then bodies alone")
    void noRatio() {
        var tallies = HostageTally.of(facts().agreement("gaza-2025-01")
                .day("2025-01-19").hostages(1, "civilian-woman", null, null, "Monitor A").hostages(1, null, "living", null, "Monitor A").and()
                .day("2025-01-25").hostages(1, null, "living", null, "Monitor A").and()
                .day("2025-01-30").hostages(1, "male-soldier", "living", null, "Monitor A").and()
                .day("2025-02-20").hostages(1, "child", "deceased", null, "Monitor A").and().build());
        assertThat(tallies).extracting(HostageTally::noRatio).containsExactly(
                "1 hostage of no reported category released alive and 1 hostage released (alive or dead not said) in the deal: the ratio is owed for living hostages, and the report does not say whether these were alive",
                "1 hostage of no reported category released alive in the deal: the prisoners owed depend on each living hostage's category (civilian or female soldier), which the report does not give",
                "1 male soldier released alive in the deal: no ratio was reported for male soldiers, who are not among the hostages of phase one as reported",
                "the bodies of 1 hostage returned in the deal: no ratio of prisoners was reported for bodies returned");
    }

    @Test
    @DisplayName("why a tally decides nothing against the schedule: a partial figure below it, an upper bound at it, or hostages not said alive")
    void notScheduleCount() {
        var tallies = HostageTally.of(facts().agreement("gaza-2025-01").day("2025-01-19")
                .hostages(2, "civilian-woman", "living", Bound.AT_LEAST, "Monitor A")
                .hostages(3, "civilian-woman", "living", Bound.AT_MOST, "Monitor B")
                .hostages(3, null, null, null, "Monitor C").and().build());
        assertThat(tallies).extracting(t -> t.source() + ": " + t.notScheduleCount(3)).containsExactlyInAnyOrder(
                "monitor-a: at least 2 civilian women released alive in the deal: a figure for part of the day cannot show that fewer than 3 were released alive in all",
                "monitor-b: at most 3 civilian women released alive in the deal: an upper bound cannot show that 3 were released alive",
                "monitor-c: 3 hostages released (alive or dead not said) in the deal: whether 3 of them were alive is not reported");
    }
}
