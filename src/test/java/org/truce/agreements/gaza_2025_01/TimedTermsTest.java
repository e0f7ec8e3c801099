package org.truce.agreements.gaza_2025_01;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.Finding;
import org.truce.check.Report;
import org.truce.check.Scenario;
import org.truce.check.Status;
import org.truce.factset.FactSet;
import org.truce.testing.FactSetBuilder;
import org.truce.testing.RuleBooks;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The timed terms of gaza-2025-01: the day due comes from the clause index, and every first report is decided")
class TimedTermsTest {

    private static final String AGREEMENT = "gaza-2025-01";
    private static final Scenario WOMEN = new Scenario(Map.of(), Map.of("P1-18", "after-all-women-released"), null);

    private static Report check(FactSet facts, Scenario scenario) {
        return RuleBooks.checker(AGREEMENT, rule -> { }).check(facts, RuleBooks.bundled(AGREEMENT), scenario);
    }

    private static Finding finding(Report report, String id) {
        return report.findings().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + id + " among " + report.findings().stream().map(Finding::id).toList()));
    }

    /** The last living woman released on 30 January, Rafah opened on 1 February: the dates of the bundled reports. */
    private static FactSet rafah() {
        FactSetBuilder b = FactSetBuilder.facts().agreement(AGREEMENT);
        b.day("2025-01-30").hostages(1, "female-soldier", "living", null, "Monitor A");
        b.day("2025-02-01").event("crossing-opened", null, null, "Monitor B");
        return b.build();
    }

    @Test
    @DisplayName("Rafah opened two days after the last woman reported released: undecided if due the next day (a later release would move it), in time if due two days after")
    void rafahDaysAfterWomen() {
        Report nextDay = check(rafah(), new Scenario(Map.of("rafah-wounded.days-after-women", 1L), WOMEN.readings(), null));
        assertThat(finding(nextDay, "rafah-wounded/2025-01-31").status()).isEqualTo(Status.UNDETERMINED);

        Report twoDays = check(rafah(), new Scenario(Map.of("rafah-wounded.days-after-women", 2L), WOMEN.readings(), null));
        assertThat(finding(twoDays, "rafah-wounded/2025-02-01").status()).isEqualTo(Status.COMPLIANT);

        Report asIndexed = check(rafah(), WOMEN);
        assertThat(finding(asIndexed, "rafah-wounded/2025-02-06").status()).as("seven days, as the clause index sets it")
                .isEqualTo(Status.COMPLIANT);
    }

    @Test
    @DisplayName("The return north is judged on the day the parameter names, and each source's first report is decided")
    void returnNorthDayFromParameter() {
        FactSetBuilder b = FactSetBuilder.facts().agreement(AGREEMENT);
        b.day("2025-01-27").event("return-north-opened", null, null, "Monitor A");
        b.day("2025-01-28").event("return-north-opened", null, null, "Monitor A");
        b.day("2025-01-27").event("return-north-opened", null, null, "Monitor B");
        FactSet facts = b.build();

        Finding asIndexed = finding(check(facts, Scenario.AS_REPORTED), "rashid-return-day7/2025-01-25");
        assertThat(asIndexed.status()).isEqualTo(Status.VIOLATED);
        assertThat(asIndexed.accounts()).hasSize(2);
        assertThat(asIndexed.undecidedBy()).as("no report of the opening left undecided").isEmpty();

        Finding dayNine = finding(check(facts, new Scenario(Map.of("rashid-return-day7.day", 9L), Map.of(), null)), "rashid-return-day7/2025-01-27");
        assertThat(dayNine.status()).isEqualTo(Status.COMPLIANT);
    }

    @Test
    @DisplayName("With no living woman reported released, the reading of the women's release has no day due and no finding")
    void noWomanNoDayDue() {
        FactSetBuilder b = FactSetBuilder.facts().agreement(AGREEMENT);
        b.day("2025-02-01").event("crossing-opened", null, null, "Monitor B");
        Report report = check(b.build(), WOMEN);
        assertThat(report.findings()).filteredOn(f -> f.term().equals("rafah-wounded")).isEmpty();
    }
}
