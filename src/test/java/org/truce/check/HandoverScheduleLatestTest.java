package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.agreements.gaza_2023_11.Times;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.truce.check.CheckFixture.check;
import static org.truce.check.CheckFixture.finding;
import static org.truce.testing.FactSetBuilder.facts;

/**
 * T14 handover-schedule where a day has several handovers of one party by one source: the one that completed
 * latest against its schedule is the account, whatever the order of the reports; and the tolerance in force.
 */
@DisplayName("T14 handover-schedule: the latest handover against its schedule, and the tolerance")
class HandoverScheduleLatestTest {

    /** These tests are of the time reported in advance; HandoverScheduleTest has the other reading. */
    private static final Scenario ANNOUNCED = CheckFixture.only("T14", "announced-time");

    @Test
    @DisplayName("of two handovers of a day, the later against its schedule is the account, in either order")
    void latestCounts() {
        for (boolean lateFirst : new boolean[] {true, false}) {
            var day = facts().day("2023-11-25");
            String[] late = {"2023-11-25T16:00+02:00", "2023-11-25T18:00+02:00"};
            String[] onTime = {"2023-11-25T20:00+02:00", "2023-11-25T19:59+02:00"};
            for (String[] h : lateFirst ? List.of(late, onTime) : List.of(onTime, late)) {
                day.handover("Hamas", h[0], h[1], "Monitor A");
            }
            Finding f = finding(check(day.and().build(), ANNOUNCED), "handover-schedule/2023-11-25");
            assertThat(f.status()).as("late first: %s", lateFirst).isEqualTo(Status.VIOLATED);
            assertThat(f.accounts()).singleElement().extracting(Finding.Account::detail)
                    .isEqualTo("scheduled 16:00, completed 18:00 on 25 Nov (+02:00): 2 h late");
        }
    }

    @Test
    @DisplayName("of two handovers equally late, the first reported is the account")
    void equallyLate() {
        var facts = facts().day("2023-11-25")
                .handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T17:01+02:00", "Monitor A")
                .handover("Hamas", "2023-11-25T20:00+02:00", "2023-11-25T21:01+02:00", "Monitor A").and().build();
        assertThat(finding(check(facts, ANNOUNCED), "handover-schedule/2023-11-25").accounts()).singleElement().extracting(Finding.Account::detail)
                .isEqualTo("scheduled 16:00, completed 17:01 on 25 Nov (+02:00): 1 h 1 min late");
    }

    @Test
    @DisplayName("each source's reports are an account of their own")
    void perSource() {
        var facts = facts().day("2023-11-25")
                .handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T17:00+02:00", "Monitor A")
                .handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T16:00+02:00", "Monitor B").and().build();
        Finding f = finding(check(facts, ANNOUNCED), "handover-schedule/2023-11-25");
        assertThat(f.status()).isEqualTo(Status.CONTESTED);
        assertThat(f.accounts()).extracting(a -> a.sources() + " " + a.detail()).containsExactly(
                "[monitor-a] scheduled 16:00, completed 17:00 on 25 Nov (+02:00): 1 h late",
                "[monitor-b] scheduled 16:00, completed 16:00 on 25 Nov (+02:00)");
    }

    @Test
    @DisplayName("a tolerance given for the run: late by the tolerance meets the term, a minute more breaches it")
    void tolerance() {
        var facts = facts().day("2023-11-25")
                .handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T16:05+02:00", "Monitor A")
                .and().day("2023-11-26")
                .handover("Hamas", "2023-11-26T16:00+02:00", "2023-11-26T16:06+02:00", "Monitor A").and().build();
        Report report = check(facts, new Scenario(Map.of("handover-schedule.tolerance-minutes", 5L), Map.of("T14", "announced-time"), null));
        assertThat(report.parameters()).containsEntry("handover-schedule.tolerance-minutes", 5L).containsEntry("exchange-ratio.prisoners-per-hostage", 3L)
                .doesNotContainKey("daily-aid-trucks.minimum-per-day");
        Finding fifth = finding(report, "handover-schedule/2023-11-25");
        assertThat(fifth.status()).isEqualTo(Status.COMPLIANT);
        assertThat(fifth.requirement()).isEqualTo("completion no later than the time reported in advance plus 5 min");
        assertThat(finding(report, "handover-schedule/2023-11-26").status()).isEqualTo(Status.VIOLATED);
        assertThat(finding(check(facts, ANNOUNCED), "handover-schedule/2023-11-25").requirement()).isEqualTo("completion no later than the time reported in advance");
    }

    @Test
    @DisplayName("a parameter the rule set does not have is refused, naming those it has")
    void unknownParameter() {
        assertThatThrownBy(() -> check(facts().build(), Map.of("handover.tolerance", 5L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no parameter named handover.tolerance in the rule set; it has daily-aid-trucks.fuel-trucks-count, daily-aid-trucks.minimum-per-day, daily-fuel.minimum-litres-per-day, "
                        + "exchange-ratio.prisoners-per-hostage, extension-hostages.minimum-per-day, handover-schedule.tolerance-minutes, "
                        + "initial-hostages.minimum");
    }

    @Test
    @DisplayName("durations: whole hours, hours and minutes, minutes alone")
    void durations() {
        assertThat(Times.duration(60)).isEqualTo("1 h");
        assertThat(Times.duration(61)).isEqualTo("1 h 1 min");
        assertThat(Times.duration(59)).isEqualTo("59 min");
        assertThat(Times.duration(0)).isEqualTo("0 min");
    }
}
