package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.check;
import static org.truce.check.CheckFixture.date;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("Claims are judged from the findings of their term, on their dates, against the party they accuse")
class ClaimsTest {

    private static ClaimVerdict only(Report report) {
        assertThat(report.claims()).hasSize(1);
        return report.claims().get(0);
    }

    @Test
    @DisplayName("a claim resting on a VIOLATED finding is SUPPORTED")
    void supported() {
        var v = only(check(facts().day("2023-11-24").trucks(150, "UN OCHA").and()
                .claim("c1", "Hamas", "Israel", "daily-aid-trucks", List.of(date("2023-11-24")), "Reuters").build()));
        assertThat(v.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(v.findings()).containsExactly("daily-aid-trucks/2023-11-24");
    }

    @Test
    @DisplayName("VIOLATED on one date outweighs COMPLIANT on another")
    void strongestWins() {
        var v = only(check(facts().day("2023-11-24").trucks(200, "COGAT").and().day("2023-11-25").trucks(150, "UN OCHA").and()
                .claim("c1", "Hamas", "Israel", "daily-aid-trucks", List.of(date("2023-11-24"), date("2023-11-25")), "Reuters").build()));
        assertThat(v.verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    @DisplayName("a claim whose dates cover a period also takes the period finding: 200 trucks on each day, but 399 over both by another source, is CONTESTED")
    void coversAPeriod() {
        var v = only(check(facts().day("2023-11-24").trucks(200, "COGAT").and().day("2023-11-25").trucks(200, "COGAT").and()
                .periodTrucks(date("2023-11-24"), date("2023-11-25"), 399, org.truce.factset.Bound.EXACT, "Monitor A")
                .claim("c1", "Hamas", "Israel", "daily-aid-trucks", List.of(date("2023-11-24"), date("2023-11-25")), "Reuters").build(),
                CheckFixture.only("T06", "200-including-fuel")));
        assertThat(v.findings()).containsExactly("daily-aid-trucks/2023-11-24", "daily-aid-trucks/2023-11-25", "daily-aid-trucks/2023-11-24..2023-11-25");
        assertThat(v.verdict()).isEqualTo(Verdict.CONTESTED);
        var oneDay = only(check(facts().day("2023-11-24").trucks(200, "COGAT").and().day("2023-11-25").trucks(200, "COGAT").and()
                .periodTrucks(date("2023-11-24"), date("2023-11-25"), 399, org.truce.factset.Bound.EXACT, "Monitor A")
                .claim("c1", "Hamas", "Israel", "daily-aid-trucks", List.of(date("2023-11-24")), "Reuters").build(),
                CheckFixture.only("T06", "200-including-fuel")));
        assertThat(oneDay.findings()).as("a claim of one day of the period does not cover it").containsExactly("daily-aid-trucks/2023-11-24");
        assertThat(oneDay.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
    }

    @Test
    @DisplayName("a claim whose findings are all COMPLIANT is NOT_SUPPORTED; CONTESTED gives CONTESTED")
    void notSupportedAndContested() {
        var compliant = only(check(facts().day("2023-11-24").trucks(200, "COGAT").and()
                .claim("c1", "Hamas", "Israel", "daily-aid-trucks", List.of(date("2023-11-24")), "Reuters").build(), CheckFixture.only("T06", "200-including-fuel")));
        assertThat(compliant.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        var contested = only(check(facts().day("2023-11-24").trucks(200, "COGAT").trucks(196, "PRCS").and()
                .claim("c1", "Hamas", "Israel", "daily-aid-trucks", List.of(date("2023-11-24")), "Reuters").build(), CheckFixture.only("T06", "200-including-fuel")));
        assertThat(contested.verdict()).isEqualTo(Verdict.CONTESTED);
    }

    @Test
    @DisplayName("a claim takes its finding's combined status: readings that disagree make it CONTESTED, whichever reading its author holds")
    void combinedOverReadings() {
        var v = only(check(facts().day("2023-11-24").trucks(200, "COGAT").and()
                .claim("c1", "Hamas", "Israel", "daily-aid-trucks", List.of(date("2023-11-24")), "Reuters").build()));
        assertThat(v.verdict()).isEqualTo(Verdict.CONTESTED);
    }

    @Test
    @DisplayName("a date with no report makes the claim UNDETERMINED unless a finding is CONTESTED or VIOLATED")
    void undetermined() {
        var v = only(check(facts().day("2023-11-24").trucks(200, "COGAT").and()
                .claim("c1", "Hamas", "Israel", "daily-aid-trucks", List.of(date("2023-11-24"), date("2023-11-27")), "Reuters").build(),
                CheckFixture.only("T06", "200-including-fuel")));
        assertThat(v.verdict()).isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    @DisplayName("only findings against the accused party count")
    void againstTheAccused() {
        var v = only(check(facts().day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T23:05+02:00", "Le Monde").and()
                .claim("c1", "Hamas", "Israel", "handover-schedule", List.of(date("2023-11-25")), "Reuters").build()));
        assertThat(v.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(v.reason()).contains("no finding of handover-schedule against Israel on 2023-11-25");
    }

    @Test
    @DisplayName("a claim on a clause no term models is UNDETERMINED and says so")
    void unmodelledClause() {
        var v = only(check(facts().claim("c1", "Hamas", "Israel", "T06A", List.of(date("2023-11-25")), "Reuters").build()));
        assertThat(v.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(v.reason()).startsWith("clause T06A").contains("is not modelled");
    }

    @Test
    @DisplayName("a claim on no clause of the agreement is UNDETERMINED and says so")
    void noClause() {
        var v = only(check(facts().claim("c1", "Israel", "Hamas", null, List.of(date("2023-11-30")), "IDF").build()));
        assertThat(v.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(v.reason()).isEqualTo("the claim concerns no clause of the agreement as reported");
    }
}
