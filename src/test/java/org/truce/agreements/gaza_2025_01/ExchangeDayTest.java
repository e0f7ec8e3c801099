package org.truce.agreements.gaza_2025_01;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("Exchange days: the days with hostages released in the deal, and whether they may be living")
class ExchangeDayTest {

    @Test
    @DisplayName("a day of living hostages or of hostages not said alive may be living; a day of bodies alone is not; outside the deal, or none, is no exchange day")
    void days() {
        var days = ExchangeDay.of(facts().agreement("gaza-2025-01")
                .day("2025-01-19").hostages(3, "civilian-woman", "living", null, "Monitor A").and()
                .day("2025-01-25").hostages(4, null, null, null, "Monitor A").and()
                .day("2025-01-30").hostagesOutsideDeal(5, "Monitor A").and()
                .day("2025-02-01").hostages(0, "civilian-man", "living", null, "Monitor A").and()
                .day("2025-02-20").hostages(3, "child", "deceased", null, "Monitor A").and().build());
        assertThat(days).extracting(ExchangeDay::date, ExchangeDay::mayBeLiving).containsExactly(
                tuple(LocalDate.of(2025, 1, 19), true), tuple(LocalDate.of(2025, 1, 25), true), tuple(LocalDate.of(2025, 2, 20), false));
        assertThat(days.get(0).epochDay()).isEqualTo(LocalDate.of(2025, 1, 19).toEpochDay());
    }
}
