package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.factset.FactSet;
import org.truce.factset.Source;
import org.truce.testing.FactSetBuilder;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.check;
import static org.truce.check.CheckFixture.finding;
import static org.truce.check.CheckFixture.only;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("Who speaks: an account that rests only on an interested party's word is marked selfReported, whichever party is bound")
class SelfReportedTest {

    private static final Scenario COUNTING_EVERY_TRUCK = only("T06", "200-including-fuel");

    private static Finding.Account onlyAccount(FactSet facts, String id) {
        return finding(check(facts, COUNTING_EVERY_TRUCK), id).accounts().get(0);
    }

    // Israel bound (T06, at least 200 aid trucks a day)

    @Test
    @DisplayName("Israel bound (T06): 200 trucks by Israel's own statement: COMPLIANT, self-reported")
    void israelBoundOwnWordMet() {
        var a = onlyAccount(facts().speaksFor("Party statement A", "Israel").day("2023-11-24").trucks(200, "Party statement A").and().build(),
                "daily-aid-trucks/2023-11-24");
        assertThat(a.status()).isEqualTo(Status.COMPLIANT);
        assertThat(a.selfReported()).isTrue();
    }

    @Test
    @DisplayName("Israel bound (T06): 200 trucks by a monitor that relays no party: COMPLIANT, not self-reported")
    void israelBoundIndependentMet() {
        var a = onlyAccount(facts().day("2023-11-24").trucks(200, "Monitor A").and().build(), "daily-aid-trucks/2023-11-24");
        assertThat(a.status()).isEqualTo(Status.COMPLIANT);
        assertThat(a.selfReported()).isFalse();
    }

    @Test
    @DisplayName("Israel bound (T06): 199 trucks by Hamas's statement: VIOLATED, self-reported (the other party's accusation)")
    void israelBoundAccusationBreached() {
        var a = onlyAccount(facts().speaksFor("Party statement B", "Hamas").day("2023-11-24").trucks(199, "Party statement B").and().build(),
                "daily-aid-trucks/2023-11-24");
        assertThat(a.status()).isEqualTo(Status.VIOLATED);
        assertThat(a.selfReported()).isTrue();
    }

    @Test
    @DisplayName("Israel bound (T06): 199 trucks by Israel's own statement: VIOLATED, not self-reported (an admission, against its interest)")
    void israelBoundAdmissionBreached() {
        var a = onlyAccount(facts().speaksFor("Party statement A", "Israel").day("2023-11-24").trucks(199, "Party statement A").and().build(),
                "daily-aid-trucks/2023-11-24");
        assertThat(a.status()).isEqualTo(Status.VIOLATED);
        assertThat(a.selfReported()).isFalse();
    }

    @Test
    @DisplayName("Israel bound (T06): 200 trucks by Hamas's statement: COMPLIANT, not self-reported (the other party concedes)")
    void israelBoundConcessionMet() {
        var a = onlyAccount(facts().speaksFor("Party statement B", "Hamas").day("2023-11-24").trucks(200, "Party statement B").and().build(),
                "daily-aid-trucks/2023-11-24");
        assertThat(a.selfReported()).isFalse();
    }

    // Hamas bound (T05, at least 10 hostages on an extension day): the same rule

    private FactSet oneExtensionDay(String publisher, String party, long hostages) {
        FactSetBuilder b = facts().extension(1, "Mediator A");
        if (party != null) {
            b.speaksFor(publisher, party);
        }
        return b.day("2023-11-28").hostages(hostages, publisher).and().build();
    }

    @Test
    @DisplayName("Hamas bound (T05), the same rule: 10 hostages by Hamas's own statement: COMPLIANT, self-reported")
    void hamasBoundOwnWordMet() {
        var a = onlyAccount(oneExtensionDay("Party statement B", "Hamas", 10), "extension-hostages/2023-11-28");
        assertThat(a.status()).isEqualTo(Status.COMPLIANT);
        assertThat(a.selfReported()).isTrue();
    }

    @Test
    @DisplayName("Hamas bound (T05), the same rule: 9 hostages by Israel's statement: VIOLATED, self-reported (the other party's accusation)")
    void hamasBoundAccusationBreached() {
        var a = onlyAccount(oneExtensionDay("Party statement A", "Israel", 9), "extension-hostages/2023-11-28");
        assertThat(a.status()).isEqualTo(Status.VIOLATED);
        assertThat(a.selfReported()).isTrue();
    }

    @Test
    @DisplayName("Hamas bound (T05), the same rule: 9 hostages by Hamas's own statement: VIOLATED, not self-reported (an admission)")
    void hamasBoundAdmissionBreached() {
        var a = onlyAccount(oneExtensionDay("Party statement B", "Hamas", 9), "extension-hostages/2023-11-28");
        assertThat(a.status()).isEqualTo(Status.VIOLATED);
        assertThat(a.selfReported()).isFalse();
    }

    @Test
    @DisplayName("Hamas bound (T05), the same rule: 10 hostages by a monitor: COMPLIANT, not self-reported")
    void hamasBoundIndependentMet() {
        var a = onlyAccount(oneExtensionDay("Monitor A", null, 10), "extension-hostages/2023-11-28");
        assertThat(a.selfReported()).isFalse();
    }

    @Test
    @DisplayName("T04 combines two sources: self-reported only when both relay the party bound; one independent source is enough to lift the mark")
    void combinations() {
        FactSet facts = facts().speaksFor("Party statement A", "Israel").speaksFor("Party statement C", "Israel")
                .day("2023-11-24").hostages(13, "Party statement A").prisoners(39, "Party statement C").prisoners(39, "Monitor A").and().build();
        Finding f = finding(check(facts), "exchange-ratio/2023-11-24");
        assertThat(f.accounts()).extracting(Finding.Account::sources, Finding.Account::selfReported).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(List.of("monitor-a", "party-statement-a"), false),
                org.assertj.core.groups.Tuple.tuple(List.of("party-statement-a", "party-statement-c"), true));
    }

    @Test
    @DisplayName("the mark never changes a status: the same reports with and without parties give the same statuses")
    void statusUnchanged() {
        FactSet marked = facts().speaksFor("Party statement A", "Israel").speaksFor("Party statement B", "Hamas")
                .day("2023-11-24").trucks(200, "Party statement A").trucks(150, "Party statement B").hostages(13, "Party statement B")
                .prisoners(39, "Party statement A").and().build();
        FactSet plain = new FactSet(marked.format(), marked.agreement(), marked.title(),
                marked.sources().stream().map(s -> new Source(s.id(), s.publisher(), s.attribution(), s.title(), s.url(), s.published())).toList(),
                marked.extensions(), marked.prisoners(), marked.days(), marked.claims(), marked.periods());
        Report withParties = check(marked);
        Report without = check(plain);
        assertThat(withParties.findings()).extracting(Finding::id, Finding::status)
                .containsExactlyElementsOf(without.findings().stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.id(), f.status())).toList());
        assertThat(withParties.findings()).flatExtracting(Finding::accounts).anyMatch(Finding.Account::selfReported);
        assertThat(without.findings()).flatExtracting(Finding::accounts).noneMatch(Finding.Account::selfReported);
    }

    @Test
    @DisplayName("the rule itself: every source must relay the favoured party; no source, or no decided status, is never self-reported")
    void theRule() {
        Map<String, String> speaks = Map.of("a", "Israel", "b", "Hamas");
        assertThat(Findings.selfReported(Status.COMPLIANT, List.of("a"), "Israel", speaks)).isTrue();
        assertThat(Findings.selfReported(Status.COMPLIANT, List.of("b"), "Hamas", speaks)).isTrue();
        assertThat(Findings.selfReported(Status.VIOLATED, List.of("b"), "Israel", speaks)).isTrue();
        assertThat(Findings.selfReported(Status.VIOLATED, List.of("a"), "Hamas", speaks)).isTrue();
        assertThat(Findings.selfReported(Status.VIOLATED, List.of("a", "b"), "Israel", speaks)).isFalse();
        assertThat(Findings.selfReported(Status.COMPLIANT, List.of("a", "c"), "Israel", speaks)).isFalse();
        assertThat(Findings.selfReported(Status.COMPLIANT, List.of(), "Israel", speaks)).isFalse();
        assertThat(Findings.selfReported(Status.CONTESTED, List.of("a"), "Israel", speaks)).isFalse();
    }
}
