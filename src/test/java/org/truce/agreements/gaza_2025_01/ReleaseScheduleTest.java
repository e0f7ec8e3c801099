package org.truce.agreements.gaza_2025_01;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.agreements.gaza_2025_01.Terms.check;
import static org.truce.agreements.gaza_2025_01.Terms.facts;
import static org.truce.agreements.gaza_2025_01.Terms.finding;
import static org.truce.agreements.gaza_2025_01.Terms.has;

@DisplayName("P1-06 release-schedule: living hostages due on Days 1, 7, 14, 21 and 28")
class ReleaseScheduleTest {

    private static Status on(String date, int living) {
        return finding(check(facts().day(date).hostages(living, null, "living", null, "Monitor A").and().build()),
                "release-schedule/" + date).status();
    }

    @Test
    @DisplayName("Day 1 is due 3, Day 7 is due 4, Day 28 is due 3: at the number and one short")
    void boundaryPairs() {
        assertThat(on("2025-01-19", 3)).isEqualTo(Status.COMPLIANT);
        assertThat(on("2025-01-19", 2)).isEqualTo(Status.VIOLATED);
        assertThat(on("2025-01-25", 4)).isEqualTo(Status.COMPLIANT);
        assertThat(on("2025-01-25", 3)).isEqualTo(Status.VIOLATED);
        assertThat(on("2025-02-15", 3)).isEqualTo(Status.COMPLIANT);
        assertThat(on("2025-02-15", 2)).isEqualTo(Status.VIOLATED);
    }

    @Test
    @DisplayName("findings on the five days of the schedule only, UNDETERMINED without a report, whatever the parameters")
    void onlyScheduleDays() {
        var report = check(facts().day("2025-01-30").hostages(3, null, "living", null, "Monitor A").and().build(),
                java.util.Map.of("release-schedule.day-7", 5L));
        assertThat(report.findings().stream().filter(f -> f.term().equals("release-schedule")).map(f -> f.date().toString()))
                .containsExactly("2025-01-19", "2025-01-25", "2025-02-01", "2025-02-08", "2025-02-15");
        assertThat(has(report, "release-schedule/2025-01-30")).isFalse();
        assertThat(finding(report, "release-schedule/2025-01-25").status()).isEqualTo(Status.UNDETERMINED);
        assertThat(finding(report, "release-schedule/2025-01-25").requirement()).isEqualTo("at least 5 living hostages released in the deal on Day 7");
    }

    @Test
    @DisplayName("bodies do not count; hostages not said alive decide only where the count cannot reach the number")
    void bodiesAndStatus() {
        var report = check(facts().day("2025-02-01").hostages(2, null, "living", null, "Monitor A").hostages(1, null, "deceased", null, "Monitor A").and()
                .day("2025-02-08").hostages(3, null, null, null, "Monitor A").and()
                .day("2025-02-15").hostages(2, null, null, null, "Monitor A").and().build());
        assertThat(finding(report, "release-schedule/2025-02-01").status()).isEqualTo(Status.VIOLATED);
        assertThat(finding(report, "release-schedule/2025-02-08").status()).isEqualTo(Status.UNDETERMINED);
        assertThat(finding(report, "release-schedule/2025-02-15").status()).isEqualTo(Status.VIOLATED);
    }
}
