package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.check;
import static org.truce.check.CheckFixture.finding;
import static org.truce.check.CheckFixture.ofTerm;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("T14 handover-schedule: a handover completes no later than its schedule")
class HandoverScheduleTest {

    @Test
    @DisplayName("a handover completed at the scheduled minute meets the term, binding the party handing over")
    void onTime() {
        var f = finding(check(facts().day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T16:00+02:00", "Le Monde").and().build()),
                "handover-schedule/2023-11-25");
        assertThat(f.status()).isEqualTo(Status.COMPLIANT);
        assertThat(f.party()).isEqualTo("Hamas");
    }

    @Test
    @DisplayName("a handover one minute late breaches the term")
    void oneMinuteLate() {
        var f = finding(check(facts().day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T16:01+02:00", "Le Monde").and().build()),
                "handover-schedule/2023-11-25");
        assertThat(f.status()).isEqualTo(Status.VIOLATED);
        assertThat(f.accounts()).singleElement().extracting(Finding.Account::detail)
                .isEqualTo("scheduled 16:00, completed 16:01 on 25 Nov (+02:00): 1 min late");
    }

    @Test
    @DisplayName("times in different offsets are compared as instants")
    void offsets() {
        var f = finding(check(facts().day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T14:00Z", "Le Monde").and().build()),
                "handover-schedule/2023-11-25");
        assertThat(f.status()).isEqualTo(Status.COMPLIANT);
    }

    @Test
    @DisplayName("a handover completed after midnight shows both dates, in the schedule's offset")
    void afterMidnight() {
        var f = finding(check(facts().day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T22:30Z", "Le Monde").and().build()),
                "handover-schedule/2023-11-25");
        assertThat(f.accounts()).singleElement().extracting(Finding.Account::detail)
                .isEqualTo("scheduled 25 Nov 16:00, completed 26 Nov 00:30 (+02:00): 8 h 30 min late");
    }

    @Test
    @DisplayName("a handover with no reported schedule is not judged")
    void noSchedule() {
        assertThat(ofTerm(check(facts().day("2023-11-26").handover("Hamas", null, "2023-11-26T19:00+02:00", "IDF").and().build()),
                "handover-schedule")).isEmpty();
    }

    @Test
    @DisplayName("two parties with handovers on one date get one finding each, the party in the id")
    void twoParties() {
        var report = check(facts().day("2023-11-25")
                .handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T23:05+02:00", "Le Monde")
                .handover("Israel", "2023-11-25T22:00+02:00", "2023-11-25T22:00+02:00", "Le Monde").and().build());
        assertThat(ofTerm(report, "handover-schedule")).extracting(Finding::id, Finding::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("handover-schedule/2023-11-25/Hamas", Status.VIOLATED),
                org.assertj.core.groups.Tuple.tuple("handover-schedule/2023-11-25/Israel", Status.COMPLIANT));
    }
}
