package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.check;
import static org.truce.check.CheckFixture.finding;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("Notes of the day bear on terms: the findings of the term a note names, on its day, list it")
class DayNotesTest {

    @Test
    @DisplayName("a note naming daily-aid-trucks is listed by that finding, not by daily-fuel's; the status is unchanged")
    void namedTermOnly() {
        var r = check(facts().day("2023-11-25").trucks(196, "Monitor A")
                .note("187 had entered by 19:00", "daily-aid-trucks", "Monitor B").and().build());
        Finding trucks = finding(r, "daily-aid-trucks/2023-11-25");
        assertThat(trucks.notes()).containsExactly(new Finding.Note("187 had entered by 19:00", "monitor-b"));
        assertThat(trucks.status()).isEqualTo(Status.VIOLATED);
        assertThat(finding(r, "daily-fuel/2023-11-25").notes()).isEmpty();
        assertThat(finding(r, "daily-aid-trucks/2023-11-24").notes()).isEmpty();
    }

    @Test
    @DisplayName("a note naming no term is listed by no finding; notes of one finding come by source, then text")
    void noTermAndOrder() {
        var r = check(facts().day("2023-11-25").trucks(196, "Monitor A")
                .note("z by B", "daily-aid-trucks", "Monitor B").note("north only", null, "Monitor A")
                .note("b by A", "daily-aid-trucks", "Monitor A").note("a by A", "daily-aid-trucks", "Monitor A").and().build());
        assertThat(finding(r, "daily-aid-trucks/2023-11-25").notes()).extracting(Finding.Note::text).containsExactly("a by A", "b by A", "z by B");
        assertThat(r.findings()).filteredOn(f -> !f.term().equals("daily-aid-trucks")).allSatisfy(f -> assertThat(f.notes()).isEmpty());
    }

    @Test
    @DisplayName("a note naming a term with no finding that day is not dropped: the report's notes say so")
    void termWithoutFinding() {
        var r = check(facts().day("2023-11-24").trucks(200, "Monitor A")
                .note("the first group was due around 16:00", "handover-schedule", "Monitor B").and().build());
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.notes()).isEmpty());
        assertThat(r.notes()).contains("1 note of 2023-11-24 bears on handover-schedule, which has no finding that day");
    }
}
