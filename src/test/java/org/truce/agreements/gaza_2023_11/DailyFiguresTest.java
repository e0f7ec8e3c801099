package org.truce.agreements.gaza_2023_11;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.factset.Bound;
import org.truce.factset.Day;
import org.truce.factset.FactSet;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sums of counts in the summaries: reports of one source and day add up, days of a period add up, and a sum
 * that would not fit a long is an error, never a wrapped negative figure for the rules to judge. The loader caps
 * every count at 10^9, so only a fact set built in memory can come near; these are built in memory.
 */
@DisplayName("Daily figures: counts add up, and a sum too large for a long is an error, not a negative figure")
class DailyFiguresTest {

    private static final LocalDate DAY = LocalDate.of(2023, 11, 24);

    @Test
    @DisplayName("two aid-truck reports of one source on one day add up, at the cap of 10^9 each")
    void reportsOfOneDayAddUp() {
        assertThat(DailyFigures.figures(trucks(1_000_000_000L, 1_000_000_000L)))
                .containsExactly(new Figure(Quantity.AID_TRUCKS, DAY, "monitor-a", 2_000_000_000L));
    }

    @Test
    @DisplayName("per source and day: its trucks, the fuel trucks its reports name, and the trucks of its reports that do not give their loads")
    void fuelTrucksPerSource() {
        var day = new org.truce.factset.Day(DAY, List.of(), List.of(), List.of(
                new Day.AidTruckReport(120, 3L, "monitor-a", null), new Day.AidTruckReport(80, 1L, "monitor-a", null),
                new Day.AidTruckReport(200, 4L, "monitor-b", null), new Day.AidTruckReport(100, null, "monitor-b", null),
                new Day.AidTruckReport(50, null, "monitor-c", null)), List.of(), List.of(), List.of());
        var facts = new org.truce.factset.FactSet("truce-facts/1", "gaza-2023-11", null, List.of(), List.of(), List.of(), List.of(day), List.of());
        assertThat(DailyFigures.truckCounts(facts)).containsExactly(
                new TruckCount(DAY, "monitor-a", 200, 4, 0), new TruckCount(DAY, "monitor-b", 300, 4, 100), new TruckCount(DAY, "monitor-c", 50, 0, 50));
    }

    @Test
    @DisplayName("totals of fuel over a period: a source's reports of it add up, a bound stands on its own, and the period is given once")
    void fuelPeriodTotals() {
        var period = new org.truce.factset.Period(DAY, DAY.plusDays(1), List.of(), List.of(new Day.FuelReport(100_000, "monitor-a", null),
                new Day.FuelReport(150_000, "monitor-a", null), new Day.FuelReport(200_000, "monitor-b", null, Bound.AT_LEAST)));
        var trucksOnly = new org.truce.factset.Period(DAY, DAY.plusDays(1), List.of(new Day.AidTruckReport(400, "monitor-c", null)));
        var facts = new FactSet("truce-facts/1", "gaza-2023-11", null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(period, trucksOnly));
        assertThat(DailyFigures.fuelPeriodTotals(facts)).containsExactly(
                new FuelPeriodTotal(DAY, DAY.plusDays(1), 2, "monitor-b", 200_000, Bound.AT_LEAST),
                new FuelPeriodTotal(DAY, DAY.plusDays(1), 2, "monitor-a", 250_000, Bound.EXACT),
                new FuelPeriod(DAY, DAY.plusDays(1), List.of(DAY, DAY.plusDays(1))));
    }

    @Test
    @DisplayName("a report that gives only a bound of the day's hostages or prisoners stands on its own, never added to its source's other reports, nor to other days")
    void releaseBoundsStandAlone() {
        var day = new Day(DAY, List.of(new Day.HostageRelease(13, true, "monitor-a", null), new Day.HostageRelease(10, true, "monitor-a", null, Bound.AT_LEAST),
                new Day.HostageRelease(4, false, "monitor-a", null, Bound.AT_MOST)),
                List.of(new Day.PrisonerRelease(39L, null, "monitor-a", null), new Day.PrisonerRelease(30L, null, "monitor-a", null, true, Bound.AT_MOST)),
                List.of(), List.of(), List.of(), List.of());
        var facts = new FactSet("truce-facts/1", "gaza-2023-11", null, List.of(), List.of(), List.of(), List.of(day), List.of());
        List<Figure> figures = DailyFigures.figures(facts);
        assertThat(figures).containsExactly(
                new Figure(Quantity.HOSTAGES_IN_DEAL, DAY, "monitor-a", 13), new Figure(Quantity.PRISONERS_RELEASED, DAY, "monitor-a", 39),
                new Figure(Quantity.HOSTAGES_IN_DEAL, DAY, "monitor-a", 10, Bound.AT_LEAST),
                new Figure(Quantity.PRISONERS_RELEASED, DAY, "monitor-a", 30, Bound.AT_MOST));
        assertThat(DailyFigures.periodSums(figures, Quantity.HOSTAGES_IN_DEAL, DAY, DAY)).extracting(PeriodFigure::value).containsExactly(13L);
    }

    @Test
    @DisplayName("a report that gives only a bound of the day's trucks or litres stands on its own, never added to its source's other reports, nor to other days")
    void boundsStandAlone() {
        var day = new Day(DAY, List.of(), List.of(), List.of(
                new Day.AidTruckReport(120, null, "monitor-a", null), new Day.AidTruckReport(100, 2L, "monitor-a", null, Bound.AT_LEAST),
                new Day.AidTruckReport(90, null, "monitor-a", null, Bound.AT_MOST)),
                List.of(new Day.FuelReport(60_000, "monitor-a", null), new Day.FuelReport(70_000, "monitor-a", null, Bound.AT_LEAST)),
                List.of(), List.of());
        var facts = new FactSet("truce-facts/1", "gaza-2023-11", null, List.of(), List.of(), List.of(), List.of(day), List.of());
        assertThat(DailyFigures.truckCounts(facts)).containsExactly(new TruckCount(DAY, "monitor-a", 120, 0, 120),
                new TruckCount(DAY, "monitor-a", 100, 2, 0, Bound.AT_LEAST), new TruckCount(DAY, "monitor-a", 90, 0, 90, Bound.AT_MOST));
        List<Figure> figures = DailyFigures.figures(facts);
        assertThat(figures).filteredOn(f -> f.quantity() == Quantity.FUEL_LITRES).containsExactly(
                new Figure(Quantity.FUEL_LITRES, DAY, "monitor-a", 60_000), new Figure(Quantity.FUEL_LITRES, DAY, "monitor-a", 70_000, Bound.AT_LEAST));
        assertThat(DailyFigures.periodSums(figures, Quantity.FUEL_LITRES, DAY, DAY)).extracting(PeriodFigure::value).containsExactly(60_000L);
    }

    @Test
    @DisplayName("the review's 9223372036854775807 and 1 trucks of one source and day: an overflow, not -9223372036854775808 trucks")
    void reportsOfOneDayOverflow() {
        assertThatThrownBy(() -> DailyFigures.figures(trucks(Long.MAX_VALUE, 1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    @DisplayName("a period sum of daily figures too large for a long: an overflow, not a negative total")
    void periodSumOverflows() {
        List<Figure> figures = List.of(new Figure(Quantity.HOSTAGES_IN_DEAL, DAY, "ocha", Long.MAX_VALUE / 2 + 1),
                new Figure(Quantity.HOSTAGES_IN_DEAL, DAY.plusDays(1), "ocha", Long.MAX_VALUE / 2 + 1));
        assertThatThrownBy(() -> DailyFigures.periodSums(figures, Quantity.HOSTAGES_IN_DEAL, DAY, DAY.plusDays(1)))
                .isInstanceOf(ArithmeticException.class);
        assertThat(DailyFigures.periodSums(figures.subList(0, 1), Quantity.HOSTAGES_IN_DEAL, DAY, DAY))
                .extracting(PeriodFigure::value).containsExactly(Long.MAX_VALUE / 2 + 1);
    }

    private static FactSet trucks(long... counts) {
        List<Day.AidTruckReport> reports = java.util.Arrays.stream(counts).mapToObj(n -> new Day.AidTruckReport(n, "monitor-a", null)).toList();
        Day day = new Day(DAY, List.of(), List.of(), reports, List.of(), List.of(), List.of());
        return new FactSet("truce-facts/1", "gaza-2023-11", null, List.of(), List.of(), List.of(), List.of(day), List.of());
    }
}
