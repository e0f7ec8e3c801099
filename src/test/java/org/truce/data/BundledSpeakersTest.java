package org.truce.data;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.Finding;
import org.truce.check.Report;
import org.truce.check.Status;
import org.truce.factset.FactSet;
import org.truce.factset.Source;
import org.truce.testing.RuleBooks;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.data.BundledDataTest.finding;

@DisplayName("The bundled fact set: who speaks")
class BundledSpeakersTest {

    @Test
    @DisplayName("a claim that cites a source relaying a party is made by that party")
    void claimsAgreeWithTheirSources() throws Exception {
        FactSet facts = BundledDataTest.load();
        Map<String, Source> sources = facts.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));
        assertThat(facts.claims()).allSatisfy(c -> {
            String party = sources.get(c.source()).party();
            if (party != null) {
                assertThat(c.by()).as("claim %s, citing %s", c.id(), c.source()).isEqualTo(party);
            }
        });
    }

    @Test
    @DisplayName("each party's word is marked on each side: Israel's own 200 trucks on 24 November, the Gaza crossing office's 196 counted on 28 November, Israel's 8 hostages on 30 November")
    void marked() throws Exception {
        Report r = BundledDataTest.check();
        assertThat(finding(r, "daily-aid-trucks/2023-11-24").accounts()).filteredOn(Finding.Account::selfReported)
                .allSatisfy(a -> assertThat(a.status()).isEqualTo(Status.COMPLIANT))
                .extracting(a -> a.sources().get(0)).containsOnly("menafn-trend-idf-2023-11-24", "vfinews-cogat-2023-11-24");
        assertThat(finding(r, "daily-aid-trucks/2023-11-28").accounts()).filteredOn(Finding.Account::selfReported)
                .extracting(Finding.Account::reading, Finding.Account::status).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("200-plus-fuel", Status.VIOLATED),
                        org.assertj.core.groups.Tuple.tuple("300-including-fuel", Status.VIOLATED));
        assertThat(finding(r, "extension-hostages/2023-11-30").accounts()).filteredOn(Finding.Account::selfReported)
                .extracting(a -> a.sources().get(0)).containsExactlyInAnyOrder("allisrael-2023-11-30", "newsworldmedia-reuters-2023-11-30");
    }

    @Test
    @DisplayName("the marks change no status: the fact set without any party gives the same findings, status for status")
    void statusesUnchanged() throws Exception {
        FactSet facts = BundledDataTest.load();
        FactSet plain = new FactSet(facts.format(), facts.agreement(), facts.title(),
                facts.sources().stream().map(s -> new Source(s.id(), s.publisher(), s.attribution(), s.title(), s.url(), s.published())).toList(),
                facts.extensions(), facts.prisoners(), facts.days(), facts.claims(), facts.periods());
        Report with = BundledDataTest.check();
        Report without = RuleBooks.checker().check(plain, RuleBooks.bundled());
        assertThat(with.findings()).extracting(f -> f.id() + " " + f.status())
                .containsExactlyElementsOf(without.findings().stream().map(f -> f.id() + " " + f.status()).toList());
        assertThat(with.claims()).extracting(c -> c.claim().id() + " " + c.verdict())
                .containsExactlyElementsOf(without.claims().stream().map(c -> c.claim().id() + " " + c.verdict()).toList());
    }
}
