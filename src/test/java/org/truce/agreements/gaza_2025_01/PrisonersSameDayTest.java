package org.truce.agreements.gaza_2025_01;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.Status;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.agreements.gaza_2025_01.Terms.check;
import static org.truce.agreements.gaza_2025_01.Terms.facts;
import static org.truce.agreements.gaza_2025_01.Terms.finding;

@DisplayName("P1-12 prisoners-same-day: prisoners released on the pause day of the hostages' release")
class PrisonersSameDayTest {

    @Test
    @DisplayName("one prisoner that day meets the term, none breaches it; a day of bodies is a day of the exchange")
    void boundaryPair() {
        var report = check(facts().day("2025-02-08").hostages(3, "civilian-man", "living", null, "Monitor A").prisoners(1, "Monitor A").and()
                .day("2025-02-22").hostages(6, "civilian-man", "living", null, "Monitor A").prisoners(0, "Monitor A").and()
                .day("2025-02-26").hostages(4, null, "deceased", null, "Monitor A").prisoners(643, "Monitor A").and().build());
        assertThat(finding(report, "prisoners-same-day/2025-02-08").status()).isEqualTo(Status.COMPLIANT);
        assertThat(finding(report, "prisoners-same-day/2025-02-22").status()).isEqualTo(Status.VIOLATED);
        assertThat(finding(report, "prisoners-same-day/2025-02-22").party()).isEqualTo("Israel");
        assertThat(finding(report, "prisoners-same-day/2025-02-26").status()).isEqualTo(Status.COMPLIANT);
    }

    @Test
    @DisplayName("with a lag of two days, prisoners on the second day meet the term, and none on the day alone decides nothing")
    void lag() {
        var later = check(facts().day("2025-02-22").hostages(6, "civilian-man", "living", null, "Monitor A").prisoners(0, "Monitor A").and()
                .day("2025-02-24").prisoners(620, "Monitor A").and().build(), Map.of("prisoners-same-day.lag-days", 2L));
        assertThat(finding(later, "prisoners-same-day/2025-02-22").status()).isEqualTo(Status.COMPLIANT);
        var alone = check(facts().day("2025-02-22").hostages(6, "civilian-man", "living", null, "Monitor A").prisoners(0, "Monitor A").and()
                .day("2025-02-23").prisoners(0, "Monitor A").and().build(), Map.of("prisoners-same-day.lag-days", 2L));
        assertThat(finding(alone, "prisoners-same-day/2025-02-22").status()).isEqualTo(Status.UNDETERMINED);
        var none = check(facts().day("2025-02-22").hostages(6, "civilian-man", "living", null, "Monitor A").prisoners(0, "Monitor A").and()
                .day("2025-02-23").prisoners(0, "Monitor A").and().day("2025-02-24").prisoners(0, "Monitor A").and().build(),
                Map.of("prisoners-same-day.lag-days", 2L));
        assertThat(finding(none, "prisoners-same-day/2025-02-22").status()).isEqualTo(Status.VIOLATED);
    }
}
