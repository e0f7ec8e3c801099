package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.testing.RuleBooks;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.finding;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("Clause provenance: every finding says how its clause is known, as the clause index says")
class ClauseProvenanceTest {

    private static Report check(Map<String, String> provenance) {
        return RuleBooks.checker().check(facts()
                .day("2023-11-24").trucks(200, "Monitor A").hostages(13, "Monitor A").prisoners(39, "Monitor A").and()
                .day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T23:05+02:00", "Monitor A").and()
                .build(), RuleBooks.withProvenance(provenance));
    }

    @Test
    @DisplayName("a finding carries its clause's provenance, and the party where only one party reported the clause")
    void carried() {
        Report r = check(Map.of("T14", "press", "T06", "disputed", "T04", "one-party:Israel"));
        Finding handover = finding(r, "handover-schedule/2023-11-25");
        assertThat(handover.clauseProvenance()).isEqualTo("press");
        assertThat(handover.clauseProvenanceParty()).isNull();
        assertThat(handover.clauseDisputed()).isFalse();
        Finding aid = finding(r, "daily-aid-trucks/2023-11-24");
        assertThat(aid.clauseProvenance()).isEqualTo("disputed");
        assertThat(aid.clauseDisputed()).isTrue();
        Finding ratio = finding(r, "exchange-ratio/2023-11-24");
        assertThat(ratio.clauseProvenance()).isEqualTo("one-party");
        assertThat(ratio.clauseProvenanceParty()).isEqualTo("Israel");
    }

    @Test
    @DisplayName("a clause with no provenance in the index gives none: nothing is guessed from who reported it")
    void noneGuessed() {
        Report r = check(Map.of("T14", "press"));
        assertThat(finding(r, "daily-aid-trucks/2023-11-24").clauseProvenance()).isNull();
        assertThat(finding(r, "daily-aid-trucks/2023-11-24").clauseProvenanceParty()).isNull();
        assertThat(finding(r, "daily-aid-trucks/2023-11-24").clauseDisputed()).isTrue();
    }
}
