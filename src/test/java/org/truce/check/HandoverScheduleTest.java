package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.check;
import static org.truce.check.CheckFixture.finding;
import static org.truce.check.CheckFixture.ofTerm;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("T14 handover-schedule: a handover completes no later than the time reported in advance, or before midnight, under each reading")
class HandoverScheduleTest {

    /** Most tests here are of the time reported in advance; the reading before midnight has its own tests below. */
    private static final Scenario ANNOUNCED = CheckFixture.only("T14", "announced-time");

    @Test
    @DisplayName("a handover completed at the scheduled minute meets the term, binding the party handing over")
    void onTime() {
        var f = finding(check(facts().day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T16:00+02:00", "Le Monde").and().build(), ANNOUNCED),
                "handover-schedule/2023-11-25");
        assertThat(f.status()).isEqualTo(Status.COMPLIANT);
        assertThat(f.party()).isEqualTo("Hamas");
    }

    @Test
    @DisplayName("a handover one minute late breaches the term")
    void oneMinuteLate() {
        var f = finding(check(facts().day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T16:01+02:00", "Le Monde").and().build(), ANNOUNCED),
                "handover-schedule/2023-11-25");
        assertThat(f.status()).isEqualTo(Status.VIOLATED);
        assertThat(f.accounts()).singleElement().extracting(Finding.Account::detail)
                .isEqualTo("scheduled 16:00, completed 16:01 on 25 Nov (+02:00): 1 min late");
    }

    @Test
    @DisplayName("times in different offsets are compared as instants")
    void offsets() {
        var f = finding(check(facts().day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T14:00Z", "Le Monde").and().build(), ANNOUNCED),
                "handover-schedule/2023-11-25");
        assertThat(f.status()).isEqualTo(Status.COMPLIANT);
    }

    @Test
    @DisplayName("a handover completed after midnight shows both dates, in the schedule's offset")
    void afterMidnight() {
        var f = finding(check(facts().day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T22:30Z", "Le Monde").and().build(), ANNOUNCED),
                "handover-schedule/2023-11-25");
        assertThat(f.accounts()).singleElement().extracting(Finding.Account::detail)
                .isEqualTo("scheduled 25 Nov 16:00, completed 26 Nov 00:30 (+02:00): 8 h 30 min late");
    }

    @Test
    @DisplayName("a handover with no reported schedule is not judged")
    void noSchedule() {
        assertThat(ofTerm(check(facts().day("2023-11-26").handover("Hamas", null, "2023-11-26T19:00+02:00", "IDF").and().build(), ANNOUNCED),
                "handover-schedule")).isEmpty();
    }

    @Test
    @DisplayName("two parties with handovers on one date get one finding each, the party in the id")
    void twoParties() {
        var report = check(facts().day("2023-11-25")
                .handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T23:05+02:00", "Le Monde")
                .handover("Israel", "2023-11-25T22:00+02:00", "2023-11-25T22:00+02:00", "Le Monde").and().build(), ANNOUNCED);
        assertThat(ofTerm(report, "handover-schedule")).extracting(Finding::id, Finding::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("handover-schedule/2023-11-25/Hamas", Status.VIOLATED),
                org.assertj.core.groups.Tuple.tuple("handover-schedule/2023-11-25/Israel", Status.COMPLIANT));
    }

    @Test
    @DisplayName("both readings in one run: 23:05 against 16:00 is late under the time reported in advance and in time before midnight, so the finding is CONTESTED by readings")
    void readingsSideBySide() {
        var f = finding(check(facts().day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T23:05+02:00", "Monitor A").and().build()),
                "handover-schedule/2023-11-25");
        assertThat(f.status()).isEqualTo(Status.CONTESTED);
        assertThat(f.contestedBy()).containsExactly("readings");
        assertThat(f.readings()).extracting(Finding.ReadingStatus::id, Finding.ReadingStatus::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("announced-time", Status.VIOLATED),
                org.assertj.core.groups.Tuple.tuple("before-midnight", Status.COMPLIANT));
        assertThat(f.accounts()).extracting(Finding.Account::reading, Finding.Account::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("announced-time", "scheduled 16:00, completed 23:05 on 25 Nov (+02:00): 7 h 5 min late"),
                org.assertj.core.groups.Tuple.tuple("before-midnight", "completed 23:05 on 25 Nov (+02:00), before midnight"));
        assertThat(f.rule()).isEqualTo("T14 The handover completed later than the time reported in advance");
    }

    @Test
    @DisplayName("before-midnight: 23:59 is in time, 00:00 of the next date is not, in the offset of the schedule")
    void beforeMidnight() {
        var scenario = CheckFixture.only("T14", "before-midnight");
        var inTime = finding(check(facts().day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T23:59+02:00", "Monitor A").and().build(),
                scenario), "handover-schedule/2023-11-25");
        assertThat(inTime.status()).isEqualTo(Status.COMPLIANT);
        assertThat(inTime.requirement()).isEqualTo("completion before the end of the pause day (midnight)");
        var late = finding(check(facts().day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T22:00Z", "Monitor A").and().build(),
                scenario), "handover-schedule/2023-11-25");
        assertThat(late.status()).isEqualTo(Status.VIOLATED);
        assertThat(late.accounts()).singleElement().extracting(Finding.Account::detail)
                .isEqualTo("completed 00:00 on 26 Nov (+02:00): 0 min after midnight");
        assertThat(late.rule()).isEqualTo("T14 The handover completed after the end of the pause day");
    }

    @Test
    @DisplayName("before-midnight: of a source's handovers of the day, the last to complete decides, whichever was later against its own schedule")
    void beforeMidnightLastCompletion() {
        var f = finding(check(facts().day("2023-11-25")
                        .handover("Hamas", "2023-11-25T10:00+02:00", "2023-11-25T14:00+02:00", "Monitor A")
                        .handover("Hamas", "2023-11-25T23:30+02:00", "2023-11-26T00:20+02:00", "Monitor A").and().build(),
                CheckFixture.only("T14", "before-midnight")), "handover-schedule/2023-11-25");
        assertThat(f.status()).isEqualTo(Status.VIOLATED);
        assertThat(f.accounts()).singleElement().extracting(Finding.Account::detail)
                .isEqualTo("completed 00:20 on 26 Nov (+02:00): 20 min after midnight");
    }
}
