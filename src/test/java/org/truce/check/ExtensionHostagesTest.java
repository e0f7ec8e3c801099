package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.check;
import static org.truce.check.CheckFixture.finding;
import static org.truce.check.CheckFixture.ofTerm;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("T05 extension-hostages: at least 10 hostages released in the deal on each extension day")
class ExtensionHostagesTest {

    @Test
    @DisplayName("10 hostages on an extension day meet the term")
    void ten() {
        var f = finding(check(facts().extension(2, "Qatar MFA").day("2023-11-28").hostages(10, "UN OCHA").and().build()),
                "extension-hostages/2023-11-28");
        assertThat(f.status()).isEqualTo(Status.COMPLIANT);
        assertThat(f.party()).isEqualTo("Hamas");
    }

    @Test
    @DisplayName("9 hostages on the last day of an extension breach the term under both readings where 10 were agreed for it; on"
            + " its first day, ten a day is breached and nothing was due on the release agreed: contested by the readings")
    void nine() {
        var oneDay = finding(check(facts().extension(1, "Qatar MFA").agreed(10, 0, "Qatar MFA").day("2023-11-28").hostages(9, "UN OCHA")
                .and().build()), "extension-hostages/2023-11-28");
        assertThat(oneDay.status()).isEqualTo(Status.VIOLATED);
        var firstOfTwo = finding(check(facts().extension(2, "Qatar MFA").day("2023-11-28").hostages(9, "UN OCHA").and().build()),
                "extension-hostages/2023-11-28");
        assertThat(firstOfTwo.status()).isEqualTo(Status.CONTESTED);
        assertThat(firstOfTwo.contestedBy()).containsExactly("readings");
        assertThat(firstOfTwo.readings()).extracting(r -> r.id() + " " + r.status())
                .containsExactly("as-agreed-for-the-extension COMPLIANT", "ten-per-added-day VIOLATED");
    }

    @Test
    @DisplayName("the term applies only to extension days")
    void onlyExtensionDays() {
        assertThat(ofTerm(check(facts().day("2023-11-24").hostages(5, "UN OCHA").and().build()), "extension-hostages")).isEmpty();
        assertThat(ofTerm(check(facts().extension(2, "Qatar MFA").extension(1, "Qatar MFA").build()), "extension-hostages"))
                .extracting(f -> f.date().toString()).containsExactly("2023-11-28", "2023-11-29", "2023-11-30");
    }
}
