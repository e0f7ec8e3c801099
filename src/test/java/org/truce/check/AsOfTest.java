package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.truce.factset.Claim;
import org.truce.factset.Day;
import org.truce.factset.Extension;
import org.truce.factset.FactSet;
import org.truce.factset.Period;
import org.truce.factset.Prisoner;
import org.truce.factset.Published;
import org.truce.factset.Source;
import org.truce.testing.RuleBooks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("--as-of: only the reports published by then")
class AsOfTest {

    private static final ZoneOffset LOCAL = ZoneOffset.ofHours(2);
    private static final LocalDate D24 = LocalDate.of(2023, 11, 24);

    private static Source source(String id, Published published) {
        return new Source(id, "Monitor " + id, null, "Report " + id, null, published);
    }

    private static Published at(String instant) {
        return Published.at(OffsetDateTime.parse(instant));
    }

    /** One fuel report a source, on 24 November; sources "at" (18:00), "later" (18:01), "dated" (24 Nov, no time), "undated". */
    private static FactSet facts() {
        List<Source> sources = List.of(source("at", at("2023-11-24T18:00+02:00")), source("later", at("2023-11-24T18:01+02:00")),
                source("dated", Published.on(D24)), source("undated", null), source("list", Published.on(LocalDate.of(2023, 11, 30))));
        List<Day.FuelReport> fuel = List.of(new Day.FuelReport(130_000, "at", null), new Day.FuelReport(1, "later", null),
                new Day.FuelReport(2, "dated", null), new Day.FuelReport(3, "undated", null));
        Day d24 = new Day(D24, List.of(), List.of(), List.of(), fuel,
                List.of(new Day.Handover("Hamas", OffsetDateTime.parse("2023-11-24T16:00+02:00"), OffsetDateTime.parse("2023-11-24T17:00+02:00"),
                        "at", "later", null)),
                List.of(new Day.DayNote("a note", "later")));
        Day d25 = new Day(D24.plusDays(1), List.of(), List.of(), List.of(), List.of(new Day.FuelReport(4, "later", null)), List.of(), List.of());
        return new FactSet("truce-facts/1", "gaza-2023-11", "t", sources, List.of(new Extension(null, null, 1, "later", null)),
                List.of(new Prisoner("P-1", null, LocalDate.of(2020, 1, 1), null, "list")), List.of(d24, d25),
                List.of(new Claim("c-at", "Hamas", "Israel", "daily-fuel", List.of(D24), "…", "at", null),
                        new Claim("c-dated", "Hamas", "Israel", "daily-fuel", List.of(D24), "…", "dated", null)));
    }

    private static FactSet asOf(String text) {
        AsOf asOf = AsOf.parse(text).in(LOCAL);
        return asOf.filter(facts(), LOCAL);
    }

    private static List<String> fuelSources(FactSet f) {
        return f.days().stream().flatMap(d -> d.fuelLitres().stream()).map(Day.FuelReport::source).toList();
    }

    @Test
    @DisplayName("a source published at the instant asked about counts; one published a minute later does not")
    void instantBoundary() {
        assertThat(fuelSources(asOf("2023-11-24T18:00+02:00"))).containsExactly("at");
        assertThat(fuelSources(asOf("2023-11-24T17:59+02:00"))).isEmpty();
        assertThat(fuelSources(asOf("2023-11-24T18:01+02:00"))).containsExactly("at", "later", "later");
        // The same instant written in another offset is the same instant.
        assertThat(fuelSources(asOf("2023-11-24T16:00Z"))).containsExactly("at");
    }

    @Test
    @DisplayName("a source published on a date counts from the end of that day, local time; one without a date never")
    void dateBoundary() {
        assertThat(fuelSources(asOf("2023-11-24T23:59+02:00"))).doesNotContain("dated");
        assertThat(fuelSources(asOf("2023-11-25T00:00+02:00"))).contains("dated");
        assertThat(fuelSources(asOf("2023-11-24"))).contains("dated").doesNotContain("undated");
        assertThat(fuelSources(asOf("2099-01-01"))).doesNotContain("undated");
    }

    @Test
    @DisplayName("a date asked about means 24:00 of that day in the agreement's local time")
    void dateEnds() {
        assertThat(AsOf.parse("2023-11-25").in(LOCAL).end()).isEqualTo(OffsetDateTime.parse("2023-11-26T00:00+02:00"));
        assertThat(AsOf.parse("2023-11-25T16:00+02:00").in(LOCAL).end()).isEqualTo(OffsetDateTime.parse("2023-11-25T16:00+02:00"));
        assertThat(AsOf.local(RuleBooks.bundled().index())).isEqualTo(LOCAL);
    }

    @Test
    @DisplayName("extensions, claims and notes count only once their source was published; prisoners stay with their sources")
    void everyList() {
        FactSet f = asOf("2023-11-24T18:00+02:00");
        assertThat(f.extensions()).isEmpty();
        assertThat(f.claims()).extracting(Claim::id).containsExactly("c-at");
        assertThat(f.days()).extracting(Day::date).containsExactly(D24);
        assertThat(f.days().get(0).notes()).isEmpty();
        assertThat(f.prisoners()).hasSize(1);
        assertThat(f.sources()).extracting(Source::id).containsExactly("at", "list");
        FactSet later = asOf("2023-11-24T18:01+02:00");
        assertThat(later.extensions()).hasSize(1);
        assertThat(later.days().get(0).notes()).hasSize(1);
    }

    @Test
    @DisplayName("a handover whose schedule comes from a source not yet published keeps its completion without a schedule")
    void handoverSchedule() {
        Day.Handover before = asOf("2023-11-24T18:00+02:00").days().get(0).handovers().get(0);
        assertThat(before.scheduledAt()).isNull();
        assertThat(before.scheduleSource()).isNull();
        assertThat(before.completedAt()).isEqualTo(OffsetDateTime.parse("2023-11-24T17:00+02:00"));
        Day.Handover after = asOf("2023-11-24T18:01+02:00").days().get(0).handovers().get(0);
        assertThat(after.scheduledAt()).isEqualTo(OffsetDateTime.parse("2023-11-24T16:00+02:00"));
    }

    @Test
    @DisplayName("the header says the time, or the end of the day with the agreement's offset")
    void header() {
        assertThat(AsOf.parse("2023-11-25T16:00+02:00").in(LOCAL).header()).isEqualTo("as of 25 November 2023 16:00 +02:00: only reports published by then");
        assertThat(AsOf.parse("2023-11-25T14:00Z").in(LOCAL).header()).isEqualTo("as of 25 November 2023 14:00 UTC: only reports published by then");
        assertThat(AsOf.parse("2023-11-25").in(LOCAL).header()).isEqualTo("as of the end of 25 November 2023 +02:00: only reports published by then");
        assertThat(AsOf.parse("2023-11-25").given()).isEqualTo("2023-11-25");
        assertThat(AsOf.parse(" 2023-11-25T16:00+02:00 ").given()).isEqualTo("2023-11-25T16:00+02:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-11-25T16:00", "yesterday", "2023-02-30", "25/11/2023", "", "2023-11-25T25:00+02:00"})
    @DisplayName("what is neither an instant with an offset nor a date is refused")
    void refused(String text) {
        assertThatThrownBy(() -> AsOf.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    @DisplayName("a check as of a time judges the reports published by then, and its report records the time")
    void check() {
        Report all = RuleBooks.checker().check(facts(), RuleBooks.bundled(), Scenario.AS_REPORTED);
        Report then = RuleBooks.checker().check(facts(), RuleBooks.bundled(),
                Scenario.AS_REPORTED.withAsOf(AsOf.parse("2023-11-24T17:59+02:00")));
        Finding fuel = then.findings().stream().filter(f -> f.id().equals("daily-fuel/2023-11-24")).findFirst().orElseThrow();
        assertThat(fuel.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(all.findings().stream().filter(f -> f.id().equals("daily-fuel/2023-11-24")).findFirst().orElseThrow().status())
                .isNotEqualTo(Status.UNDETERMINED);
        assertThat(then.scenario().asOf().end()).isEqualTo(OffsetDateTime.parse("2023-11-24T17:59+02:00"));
        assertThat(then.scenario().whatIf()).as("as-of is not a what-if").isEmpty();
        assertThat(then.claims()).isEmpty();
        assertThat(all.scenario().asOf()).isNull();
    }

    @Test
    @DisplayName("a total over several days counts once its source was published; a period with none left is dropped, not emptied")
    void periods() {
        FactSet f = facts();
        FactSet withPeriods = new FactSet(f.format(), f.agreement(), f.title(), f.sources(), f.extensions(), f.prisoners(), f.days(), f.claims(),
                List.of(new Period(D24, D24.plusDays(1), List.of(new Day.AidTruckReport(248, "at", null), new Day.AidTruckReport(340, "later", null))),
                        new Period(D24.plusDays(1), D24.plusDays(2), List.of(new Day.AidTruckReport(400, "later", null)))));
        FactSet then = AsOf.parse("2023-11-24T18:00+02:00").in(LOCAL).filter(withPeriods, LOCAL);
        assertThat(then.periods()).singleElement().satisfies(p -> {
            assertThat(p.from()).isEqualTo(D24);
            assertThat(p.aidTrucks()).extracting(Day.AidTruckReport::source).containsExactly("at");
        });
        assertThat(AsOf.parse("2023-11-24T18:01+02:00").in(LOCAL).filter(withPeriods, LOCAL).periods()).hasSize(2);
    }
}
