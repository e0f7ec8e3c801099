package org.truce.agreements.gaza_2025_01;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.PauseDay;
import org.truce.factset.FactSet;
import org.truce.testing.FactSetBuilder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Each source's first report of the return north, the Netzarim withdrawal and the Rafah opening")
class FirstReportsTest {

    private static final LocalDate DAY_1 = LocalDate.of(2025, 1, 19);
    private static final ZoneOffset LOCAL = ZoneOffset.ofHours(2);

    private static List<PauseDay> phase() {
        List<PauseDay> days = new ArrayList<>();
        for (int n = 1; n <= 42; n++) {
            LocalDate d = DAY_1.plusDays(n - 1);
            days.add(new PauseDay(d, n, false, d.toEpochDay()));
        }
        return days;
    }

    private static final Map<String, Long> PARAMETERS = Map.of("rashid-return-day7.day", 7L, "netzarim-withdrawal-day22.day", 22L);

    private static OffsetDateTime at(String date, int hour) {
        return OffsetDateTime.of(LocalDate.parse(date).atTime(hour, 0), LOCAL);
    }

    @Test
    @DisplayName("A source's earliest day is its first report, and within that day its earliest time before a report with no time")
    void earliestPerSource() {
        FactSetBuilder b = FactSetBuilder.facts().agreement("gaza-2025-01");
        b.day("2025-01-28").event("return-north-opened", at("2025-01-28", 6), null, "Monitor A");
        b.day("2025-01-27").event("return-north-opened", null, null, "Monitor A");
        b.day("2025-01-27").event("return-north-opened", at("2025-01-27", 9), null, "Monitor A");
        b.day("2025-01-27").event("return-north-opened", at("2025-01-27", 7), null, "Monitor A");
        b.day("2025-01-26").event("return-north-opened", null, null, "Monitor B");
        List<FirstReport> first = FirstReports.of(b.build(), phase(), PARAMETERS);

        assertThat(first).extracting(FirstReport::source, FirstReport::on, FirstReport::at).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("monitor-a", LocalDate.of(2025, 1, 27), at("2025-01-27", 7)),
                org.assertj.core.groups.Tuple.tuple("monitor-b", LocalDate.of(2025, 1, 26), null));
        assertThat(first).allSatisfy(r -> {
            assertThat(r.term()).isEqualTo("rashid-return-day7");
            assertThat(r.day()).as("the day of the findings that read it: Day 7").isEqualTo(LocalDate.of(2025, 1, 25));
        });
    }

    @Test
    @DisplayName("Each kind of event goes to its own term; a term with no due day is read on the day of the event")
    void kindsToTerms() {
        FactSetBuilder b = FactSetBuilder.facts().agreement("gaza-2025-01");
        b.day("2025-02-09").event("withdrawal-completed", null, "Netzarim", "Monitor A");
        b.day("2025-02-01").event("crossing-opened", at("2025-02-01", 10), "Rafah", "Monitor A");
        b.day("2025-02-08").event("talks-started", null, null, "Monitor A");
        List<FirstReport> first = FirstReports.of(b.build(), phase(), PARAMETERS);

        assertThat(first).extracting(FirstReport::term, FirstReport::day).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("netzarim-withdrawal-day22", LocalDate.of(2025, 2, 9)),
                org.assertj.core.groups.Tuple.tuple("rafah-wounded", LocalDate.of(2025, 2, 1)));
    }

    @Test
    @DisplayName("What a first report shows against the day due, in days before or after it")
    void against() {
        FirstReport late = new FirstReport("rashid-return-day7", LocalDate.of(2025, 1, 25), "s", "return north opened",
                LocalDate.of(2025, 1, 27), LocalDate.of(2025, 1, 27).toEpochDay(), at("2025-01-27", 7));
        FirstReport onTheDay = new FirstReport("rashid-return-day7", LocalDate.of(2025, 1, 25), "s", "return north opened",
                LocalDate.of(2025, 1, 25), LocalDate.of(2025, 1, 25).toEpochDay(), null);
        FirstReport early = new FirstReport("rafah-wounded", LocalDate.of(2025, 1, 24), "s", "Rafah crossing opened",
                LocalDate.of(2025, 1, 24), LocalDate.of(2025, 1, 24).toEpochDay(), null);

        assertThat(late.against(LocalDate.of(2025, 1, 25)))
                .isEqualTo("return north opened at 07:00 on 27 January 2025: 2 days after 25 January 2025, the day due");
        assertThat(onTheDay.against(LocalDate.of(2025, 1, 25)))
                .isEqualTo("return north opened on 25 January 2025, at a time not given: on 25 January 2025, the day due");
        assertThat(early.against(LocalDate.of(2025, 1, 25)))
                .isEqualTo("Rafah crossing opened on 24 January 2025, at a time not given: 1 day before 25 January 2025, the day due");
    }

    @Test
    @DisplayName("The women's releases end on the last day a living woman, civilian or soldier, was released in the deal")
    void lastWoman() {
        FactSetBuilder b = FactSetBuilder.facts().agreement("gaza-2025-01");
        b.day("2025-01-19").hostages(3, "civilian-woman", "living", null, "Monitor A");
        b.day("2025-01-30").hostages(1, "female-soldier", "living", null, "Monitor A");
        b.day("2025-01-30").hostages(1, "civilian-woman", "living", null, "Monitor B");
        b.day("2025-02-01").hostages(3, "civilian-man", "living", null, "Monitor A");
        b.day("2025-02-21").hostages(1, "civilian-woman", "deceased", null, "Monitor A");
        b.day("2025-02-22").hostages(1, "civilian-woman", null, null, "Monitor A");
        b.day("2025-02-22").hostages(6, null, "living", null, "Monitor A");
        FactSet facts = b.build();

        assertThat(LastWomanReleased.of(facts)).hasValueSatisfying(w -> {
            assertThat(w.date()).as("bodies returned, and releases whose status or category is not given, are not living women released")
                    .isEqualTo(LocalDate.of(2025, 1, 30));
            assertThat(w.sources()).containsExactly("monitor-a", "monitor-b");
        });
        assertThat(LastWomanReleased.of(FactSetBuilder.facts().agreement("gaza-2025-01").build())).isEmpty();
    }
}
