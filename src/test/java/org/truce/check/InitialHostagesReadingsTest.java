package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.testing.FactSetBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.check;
import static org.truce.check.CheckFixture.finding;
import static org.truce.testing.FactSetBuilder.facts;

/** T03 initial-hostages when the sources' daily counts combine into very many readings of the four-day total. */
@DisplayName("T03 initial-hostages: readings of the total are enumerated up to 10000, and no further")
class InitialHostagesReadingsTest {

    @Test
    @DisplayName("eleven sources with different counts on each of the four days: 14641 readings, 10000 of them shown")
    void readingsCapped() {
        FactSetBuilder f = facts();
        for (int day = 0; day < 4; day++) {
            FactSetBuilder.DayBuilder d = f.day(CheckFixture.date("2023-11-24").plusDays(day));
            long weight = (long) Math.pow(11, day);
            for (int source = 0; source < 11; source++) {
                // Counts in base 11: every choice of one source per day gives a different total.
                d.hostages(source * weight, String.format("Monitor %02d", source));
            }
        }
        Finding total = finding(check(f.build()), "initial-hostages/2023-11-27");
        assertThat(total.accounts()).hasSize(10_000);
        assertThat(total.status()).isEqualTo(Status.CONTESTED);
        assertThat(total.accounts()).extracting(Finding.Account::detail).contains("0 hostages (0 + 0 + 0 + 0)").doesNotHaveDuplicates();
    }
}
