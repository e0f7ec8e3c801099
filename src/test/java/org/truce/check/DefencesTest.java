package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.testing.FactSetBuilder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.check;
import static org.truce.check.CheckFixture.date;
import static org.truce.check.CheckFixture.finding;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("Defences: a claim that answers a finding against its author is shown on that finding with its verdict")
class DefencesTest {

    private static final String LATE = "handover-schedule/2023-11-25";

    /** Hamas's handover of 25 November, seven hours after the time announced; 199 trucks on 24 November by one account. */
    private static FactSetBuilder lateHandover() {
        return facts().day("2023-11-24").trucks(199, "Monitor A").trucks(200, "Monitor B").and()
                .day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T23:05+02:00", "Monitor A").and();
    }

    @Test
    @DisplayName("the answered finding keeps its status and lists each defence, sorted by claim, with the claim's verdict")
    void shownOnTheFinding() {
        Report r = check(lateHandover()
                .claim("z-trucks", "Hamas", "Israel", "daily-aid-trucks", List.of(date("2023-11-24")), "Monitor C", LATE)
                .claim("a-north", "Hamas", "Israel", "T06A", List.of(date("2023-11-24")), "Monitor C", LATE)
                .build());
        Finding late = finding(r, LATE);
        // late against the time reported in advance, in time before midnight: the finding keeps that status with its defences
        assertThat(late.status()).isEqualTo(Status.CONTESTED);
        assertThat(late.contestedBy()).containsExactly("readings");
        assertThat(late.defences()).containsExactly(
                new Finding.Defence("a-north", "Hamas", Verdict.UNDETERMINED),
                new Finding.Defence("z-trucks", "Hamas", Verdict.CONTESTED));
        assertThat(r.claims()).extracting(c -> c.claim().id() + " " + c.verdict()).containsExactly("a-north UNDETERMINED", "z-trucks CONTESTED");
        assertThat(r.findings()).filteredOn(f -> !f.id().equals(LATE)).allSatisfy(f -> assertThat(f.defences()).isEmpty());
        assertThat(r.notes()).isEmpty();
    }

    @Test
    @DisplayName("a finding id with or without the party finds the finding, whether or not another party has one that day")
    void partyInTheId() {
        Report one = check(lateHandover().claim("c1", "Hamas", "Israel", "T06A", List.of(date("2023-11-25")), "Monitor C", LATE + "/Hamas").build());
        assertThat(finding(one, LATE).defences()).extracting(Finding.Defence::claim).containsExactly("c1");

        Report two = check(lateHandover().day("2023-11-25").handover("Israel", "2023-11-25T18:00+02:00", "2023-11-25T18:00+02:00", "Monitor B").and()
                .claim("c1", "Hamas", "Israel", "T06A", List.of(date("2023-11-25")), "Monitor C", LATE)
                .claim("c2", "Israel", "Hamas", "T06A", List.of(date("2023-11-25")), "Monitor C", LATE + "/Israel").build());
        assertThat(finding(two, LATE + "/Hamas").defences()).extracting(Finding.Defence::claim).containsExactly("c1");
        assertThat(finding(two, LATE + "/Israel").defences()).extracting(Finding.Defence::claim).containsExactly("c2");
    }

    @Test
    @DisplayName("a claim of the bound party can answer a period finding, TERM/FROM..TO, which lists it as a defence and keeps its status")
    void periodFinding() {
        String id = "daily-aid-trucks/2023-11-24..2023-11-25";
        Report r = check(org.truce.testing.FactSetBuilder.facts()
                .periodTrucks(date("2023-11-24"), date("2023-11-25"), 248, org.truce.factset.Bound.EXACT, "Monitor A")
                .claim("c1", "Israel", "Hamas", "T10", List.of(date("2023-11-24")), "Monitor C", id).build());
        Finding period = finding(r, id);
        assertThat(period.status()).isEqualTo(Status.VIOLATED);
        assertThat(period.defences()).extracting(Finding.Defence::claim).containsExactly("c1");
    }

    @Test
    @DisplayName("a claim that answers no finding of the check, or one against the other party, is a claim only, and a note says why")
    void notADefence() {
        Report r = check(lateHandover()
                .claim("c1", "Hamas", "Israel", "T06A", List.of(date("2023-11-26")), "Monitor C", "handover-schedule/2023-11-26")
                .claim("c2", "Hamas", "Israel", "T06A", List.of(date("2023-11-24")), "Monitor C", "daily-aid-trucks/2023-11-24")
                .build());
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.defences()).isEmpty());
        assertThat(r.claims()).hasSize(2);
        assertThat(r.notes()).containsExactly(
                "claim c1 answers handover-schedule/2023-11-26, which is not a finding of this check: it is shown as a claim only",
                "claim c2 answers daily-aid-trucks/2023-11-24, a finding against Israel, not against its author Hamas: it is shown as a claim only");
    }
}
