package org.truce.agreements.gaza_2025_01;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.factset.Bound;
import org.truce.factset.FactSet;
import org.truce.testing.FactSetBuilder;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The summaries the daily truck terms compare: a source's reports of a day add up, a bound stands alone, and each kind keeps to its own term. */
@DisplayName("Daily trucks of the January 2025 cease-fire: per source and day, each kind read by its own term")
class DailyTrucksTest {

    private static final LocalDate DAY = LocalDate.of(2025, 1, 20);

    @Test
    @DisplayName("two reports of one source on one day add up; a bound stands on its own; another source is its own count")
    void reportsOfOneSourceAddUp() {
        FactSet facts = FactSetBuilder.facts().agreement("gaza-2025-01")
                .day(DAY).trucks(400, "Monitor A").trucks(200, "Monitor A").trucks(552, "Monitor B")
                .trucks(100, null, Bound.AT_LEAST, "Monitor A").and().build();
        assertThat(DailyTrucks.days(facts)).containsExactly(
                new TruckDay(Trucks.AID, DAY, FactSetBuilder.idOf("Monitor A"), 600),
                new TruckDay(Trucks.AID, DAY, FactSetBuilder.idOf("Monitor B"), 552),
                new TruckDay(Trucks.AID, DAY, FactSetBuilder.idOf("Monitor A"), 100, Bound.AT_LEAST));
    }

    @Test
    @DisplayName("fuel trucks and trucks to the north are counts of their own terms, never of the aid trucks")
    void eachKindToItsTerm() {
        FactSet facts = FactSetBuilder.facts().agreement("gaza-2025-01")
                .day(DAY).fuelTrucksIn(20, null, "Monitor A").trucksToNorth(300, Bound.AT_LEAST, "Monitor A").and().build();
        List<TruckDay> days = DailyTrucks.days(facts);
        assertThat(days).containsExactly(
                new TruckDay(Trucks.FUEL, DAY, FactSetBuilder.idOf("Monitor A"), 20),
                new TruckDay(Trucks.NORTH, DAY, FactSetBuilder.idOf("Monitor A"), 300, Bound.AT_LEAST));
        assertThat(days).extracting(TruckDay::readBy).containsExactly(List.of("daily-fuel-trucks"), List.of("north-aid-trucks"));
        assertThat(days).extracting(TruckDay::shows).containsExactly("20 fuel trucks", "at least 300 trucks to the north");
    }

    @Test
    @DisplayName("totals of aid trucks over a period: a source's reports add up, a running total stands on its own, the period is given once")
    void periodTotals() {
        LocalDate to = DAY.plusDays(1);
        FactSet facts = FactSetBuilder.facts().agreement("gaza-2025-01")
                .periodTrucks(DAY, to, 700, Bound.EXACT, "Monitor A").periodTrucks(DAY, to, 500, Bound.EXACT, "Monitor A")
                .periodTrucks(DAY, to, 10_000, Bound.AT_LEAST, "Monitor B").build();
        assertThat(DailyTrucks.periods(facts)).containsExactly(
                new AidPeriodTotal(DAY, to, 2, FactSetBuilder.idOf("Monitor B"), 10_000, Bound.AT_LEAST),
                new AidPeriodTotal(DAY, to, 2, FactSetBuilder.idOf("Monitor A"), 1_200, Bound.EXACT),
                new AidPeriod(DAY, to, List.of(DAY, to)));
    }

    @Test
    @DisplayName("a total over a period says why it decides nothing: at or above the days times the minimum, or a lower bound below it")
    void periodWords() {
        LocalDate to = DAY.plusDays(1);
        assertThat(new AidPeriodTotal(DAY, to, 2, "s", 1_199, Bound.EXACT).dayShort(600))
                .isEqualTo("1,199 trucks over 2 days: fewer than 2 × 600, so at least one day fell short");
        assertThat(new AidPeriodTotal(DAY, to, 2, "s", 1_200, Bound.EXACT).undecided(600))
                .isEqualTo("1,200 trucks over 2 days: a total of 2 × 600 or more cannot show that every day had 600");
        assertThat(new AidPeriodTotal(DAY, to, 2, "s", 1_000, Bound.AT_LEAST).undecided(600))
                .isEqualTo("at least 1,000 trucks over 2 days: a lower bound cannot show that fewer than 2 × 600 entered");
    }
}
