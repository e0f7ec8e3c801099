package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.factset.Day;
import org.truce.factset.FactSet;
import org.truce.testing.FactSetBuilder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.check;
import static org.truce.check.CheckFixture.finding;
import static org.truce.check.CheckFixture.only;
import static org.truce.testing.FactSetBuilder.facts;

/**
 * T14 handover-schedule where one source reports two handovers of a party on one date: under the time reported in advance the
 * account is the later against its schedule, before midnight the later to complete; an account drawn from both
 * handovers names the sources of both (a schedule may come from another source than the handover).
 */
@DisplayName("T14 handover-schedule: two handovers of one source on a date, the sources and the handover an account draws on")
class HandoverScheduleSourcesTest {

    private static final LocalDate DATE = LocalDate.of(2023, 11, 25);

    /** One day of the handovers given, with the sources they name declared. */
    private static FactSet handovers(Day.Handover... handovers) {
        FactSetBuilder builder = facts();
        List.of("Monitor A", "Monitor B", "Schedule One", "Schedule Two").forEach(builder::source);
        FactSet built = builder.build();
        Day day = new Day(DATE, List.of(), List.of(), List.of(), List.of(), List.of(handovers), List.of());
        return new FactSet(built.format(), built.agreement(), built.title(), built.sources(), built.extensions(), built.prisoners(),
                List.of(day), built.claims(), built.periods());
    }

    /** A handover by Hamas reported by Monitor A, its schedule by {@code schedulePublisher} (null: by Monitor A too). */
    private static Day.Handover handover(String scheduledAt, String completedAt, String schedulePublisher) {
        return handover("Monitor A", scheduledAt, completedAt, schedulePublisher);
    }

    private static Day.Handover handover(String publisher, String scheduledAt, String completedAt, String schedulePublisher) {
        return new Day.Handover("Hamas", OffsetDateTime.parse(scheduledAt), OffsetDateTime.parse(completedAt),
                FactSetBuilder.idOf(publisher), schedulePublisher == null ? null : FactSetBuilder.idOf(schedulePublisher), null);
    }

    private static Finding.Account account(FactSet facts, String reading) {
        Finding f = finding(check(facts, only("T14", reading)), "handover-schedule/" + DATE);
        assertThat(f.accounts()).hasSize(1);
        return f.accounts().get(0);
    }

    @Test
    @DisplayName("the later against its schedule and the later to complete are two handovers: the account names the sources of both, in either order")
    void sourcesOfBoth() {
        Day.Handover late = handover("2023-11-25T16:00+02:00", "2023-11-25T18:00+02:00", "Schedule One");
        Day.Handover last = handover("2023-11-25T21:00+02:00", "2023-11-25T21:30+02:00", "Schedule Two");
        for (FactSet facts : List.of(handovers(late, last), handovers(last, late))) {
            Finding.Account announced = account(facts, "announced-time");
            assertThat(announced.status()).isEqualTo(Status.VIOLATED);
            assertThat(announced.detail()).isEqualTo("scheduled 16:00, completed 18:00 on 25 Nov (+02:00): 2 h late");
            assertThat(announced.sources()).containsExactly("monitor-a", "schedule-one", "schedule-two");
            Finding.Account midnight = account(facts, "before-midnight");
            assertThat(midnight.status()).isEqualTo(Status.COMPLIANT);
            assertThat(midnight.detail()).isEqualTo("completed 21:30 on 25 Nov (+02:00), before midnight");
            assertThat(midnight.sources()).containsExactly("monitor-a", "schedule-one", "schedule-two");
        }
    }

    @Test
    @DisplayName("one handover both the later against its schedule and the later to complete: the account names its sources only")
    void sourcesOfOne() {
        Day.Handover worst = handover("2023-11-25T16:00+02:00", "2023-11-25T22:00+02:00", "Schedule One");
        Day.Handover other = handover("2023-11-25T16:00+02:00", "2023-11-25T16:30+02:00", "Schedule Two");
        Finding.Account midnight = account(handovers(other, worst), "before-midnight");
        assertThat(midnight.detail()).isEqualTo("completed 22:00 on 25 Nov (+02:00), before midnight");
        assertThat(midnight.sources()).containsExactly("monitor-a", "schedule-one");
    }

    @Test
    @DisplayName("two handovers as far from midnight, each by its schedule's clock, and as late: the first reported is the account")
    void equallyFarFromMidnight() {
        // 21:00 at +02:00 and 21:00 at +00:00: three hours before each schedule's midnight, five hours late; the
        // second completed two hours after the first.
        Day.Handover first = handover("2023-11-25T16:00+02:00", "2023-11-25T21:00+02:00", null);
        Day.Handover second = handover("2023-11-25T16:00Z", "2023-11-25T21:00Z", null);
        Finding.Account midnight = account(handovers(first, second), "before-midnight");
        assertThat(midnight.detail()).isEqualTo("completed 21:00 on 25 Nov (+02:00), before midnight");
        assertThat(midnight.sources()).containsExactly("monitor-a");
    }

    @Test
    @DisplayName("accounts in the order of their sources: a source alone comes before it with another, whatever the details say")
    void accountsBySources() {
        // Monitor B's handover had Monitor A's schedule: its account is of [monitor-a, monitor-b], after Monitor A's own.
        Day.Handover byA = handover("Monitor A", "2023-11-25T16:00+02:00", "2023-11-25T17:00+02:00", null);
        Day.Handover byB = handover("Monitor B", "2023-11-25T16:00+02:00", "2023-11-25T16:00+02:00", "Monitor A");
        Finding f = finding(check(handovers(byB, byA), only("T14", "announced-time")), "handover-schedule/" + DATE);
        assertThat(f.accounts()).extracting(a -> a.sources() + " " + a.detail()).containsExactly(
                "[monitor-a] scheduled 16:00, completed 17:00 on 25 Nov (+02:00): 1 h late",
                "[monitor-a, monitor-b] scheduled 16:00, completed 16:00 on 25 Nov (+02:00)");
        assertThat(f.summary()).startsWith("scheduled 16:00, completed 17:00 on 25 Nov (+02:00): 1 h late / scheduled 16:00, completed 16:00");
    }
}
