package org.truce.data;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.Finding;
import org.truce.check.Report;
import org.truce.check.Status;
import org.truce.check.Verdict;
import org.truce.factset.FactSet;
import org.truce.factset.FactSetLoader;
import org.truce.factset.Limits;
import org.truce.rulebook.RuleSets;
import org.truce.testing.RuleBooks;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The bundled fact set: the November 2023 pause as reported")
class BundledDataTest {

    static final Path DATA = Path.of("data", "gaza-2023-11.json");

    static FactSet load() throws Exception {
        return new FactSetLoader(new RuleSets(Path.of("rules"), null), Limits.DEFAULT).load(DATA, DATA.toString());
    }

    static Report check() throws Exception {
        return RuleBooks.checker().check(load(), RuleBooks.bundled());
    }

    static Finding finding(Report r, String id) {
        return r.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    @DisplayName("covers the seven pause days 24–30 November 2023 and both extensions")
    void sevenDays() throws Exception {
        FactSet facts = load();
        assertThat(facts.extensions()).extracting(e -> e.days()).containsExactlyInAnyOrder(2, 1);
        assertThat(facts.days()).extracting(d -> d.date().toString())
                .contains("2023-11-24", "2023-11-25", "2023-11-26", "2023-11-27", "2023-11-28", "2023-11-29", "2023-11-30");
        assertThat(facts.sources()).allSatisfy(s -> {
            assertThat(s.publisher()).isNotBlank();
            assertThat(s.title()).isNotBlank();
        });
    }

    @Test
    @DisplayName("every term is evaluated on every day it applies to")
    void everyTermEveryDay() throws Exception {
        Report r = check();
        assertThat(r.findings().stream().filter(f -> f.term().equals("daily-aid-trucks") && f.to() == null)).hasSize(7);
        assertThat(r.findings().stream().filter(f -> f.term().equals("exchange-ratio"))).hasSize(7);
        assertThat(r.findings().stream().filter(f -> f.term().equals("extension-hostages"))).hasSize(3);
        assertThat(r.findings().stream().filter(f -> f.term().equals("initial-hostages"))).singleElement()
                .extracting(f -> f.date().toString()).isEqualTo("2023-11-27");
    }

    @Test
    @DisplayName("T06 over periods: UN/AFP's and Le Monde's 248 trucks over 24-25 November show a day short, the Egyptian Red Crescent's own 215 and 200 meet 200 a day, so the period is contested")
    void aidOverPeriods() throws Exception {
        Report r = check();
        Finding two = finding(r, "daily-aid-trucks/2023-11-24..2023-11-25");
        assertThat(two.to()).hasToString("2023-11-25");
        assertThat(two.readings()).extracting(Finding.ReadingStatus::id, Finding.ReadingStatus::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("200-including-fuel", Status.CONTESTED),
                org.assertj.core.groups.Tuple.tuple("200-plus-fuel", Status.VIOLATED),
                org.assertj.core.groups.Tuple.tuple("300-including-fuel", Status.VIOLATED));
        assertThat(two.accounts()).filteredOn(a -> "200-including-fuel".equals(a.reading()))
                .extracting(a -> a.sources().get(0), Finding.Account::status).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("actualnews-afp-2023-11-26", Status.VIOLATED),
                        org.assertj.core.groups.Tuple.tuple("ironblade-lemonde-2023-11-26", Status.VIOLATED),
                        org.assertj.core.groups.Tuple.tuple("laregione-erc-2023-11-26", Status.COMPLIANT));
        assertThat(two.undecidedBy()).extracting(u -> u.sources().get(0)).containsOnly("dailymail-reuters-hamas-2023-11-25");
        assertThat(finding(r, "daily-aid-trucks/2023-11-24").status()).as("the day's own finding, unchanged by the periods").isEqualTo(Status.CONTESTED);
    }

    @Test
    @DisplayName("25 November: the handover the press expected at 16:00 completed at 23:05: VIOLATED against the time reported in advance, COMPLIANT before Israel's reported midnight deadline, so CONTESTED by readings, binding Hamas")
    void delayOfTwentyFifth() throws Exception {
        Finding f = finding(check(), "handover-schedule/2023-11-25");
        assertThat(f.status()).isEqualTo(Status.CONTESTED);
        assertThat(f.contestedBy()).containsExactly("readings");
        assertThat(f.party()).isEqualTo("Hamas");
        assertThat(f.readings()).extracting(Finding.ReadingStatus::id, Finding.ReadingStatus::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("announced-time", Status.VIOLATED),
                org.assertj.core.groups.Tuple.tuple("before-midnight", Status.COMPLIANT));
        assertThat(f.accounts()).filteredOn(a -> "announced-time".equals(a.reading())).singleElement()
                .extracting(Finding.Account::detail).asString().contains("16:00").contains("23:05");
    }

    @Test
    @DisplayName("T06 read every reported way: each day with a truck report is CONTESTED by readings; 300 a day leaves none met; 28 November's 4 fuel trucks decide 200-plus-fuel")
    void aidReadings() throws Exception {
        Report r = check();
        for (String day : List.of("2023-11-24", "2023-11-25", "2023-11-26", "2023-11-28", "2023-11-29")) {
            Finding f = finding(r, "daily-aid-trucks/" + day);
            assertThat(f.contestedBy()).as(day).contains("readings");
            assertThat(f.readings()).as(day).filteredOn(x -> x.id().equals("300-including-fuel")).singleElement()
                    .extracting(Finding.ReadingStatus::status).isEqualTo(Status.VIOLATED);
        }
        Finding fuel = finding(r, "daily-aid-trucks/2023-11-28");
        assertThat(fuel.readings()).extracting(Finding.ReadingStatus::id, Finding.ReadingStatus::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("200-including-fuel", Status.COMPLIANT),
                org.assertj.core.groups.Tuple.tuple("200-plus-fuel", Status.VIOLATED),
                org.assertj.core.groups.Tuple.tuple("300-including-fuel", Status.VIOLATED));
    }

    @Test
    @DisplayName("the aid count of 24 November is CONTESTED (196 received by one account, 200 or more by the others)")
    void aidTwentyFourth() throws Exception {
        Finding f = finding(check(), "daily-aid-trucks/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.CONTESTED);
        assertThat(f.accounts()).extracting(Finding.Account::detail).contains("196 trucks", "200 trucks");
    }

    @Test
    @DisplayName("days with no day count of trucks entering Gaza (27 and 30 November) are UNDETERMINED, never COMPLIANT")
    void missingTruckCounts() throws Exception {
        Report r = check();
        assertThat(finding(r, "daily-aid-trucks/2023-11-27").status()).isEqualTo(Status.UNDETERMINED);
        assertThat(finding(r, "daily-aid-trucks/2023-11-30").status()).isEqualTo(Status.UNDETERMINED);
    }

    @Test
    @DisplayName("release order: VIOLATED on 24 November read as an order of release, by the partial lists of 24 and 25 November, and"
            + " UNDETERMINED read as a selection, so CONTESTED (readings); never COMPLIANT, and UNDETERMINED where only counts or a list"
            + " with no witness were reported")
    void releaseOrderFromPartialLists() throws Exception {
        Report r = check();
        Finding first = finding(r, "release-order/2023-11-24");
        assertThat(first.status()).isEqualTo(Status.CONTESTED);
        assertThat(first.contestedBy()).containsExactly("readings");
        assertThat(first.readings()).extracting(Finding.ReadingStatus::id, Finding.ReadingStatus::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("order-of-release", Status.VIOLATED),
                org.assertj.core.groups.Tuple.tuple("selection-by-seniority", Status.UNDETERMINED));
        assertThat(first.accounts()).singleElement().satisfies(a -> {
            assertThat(a.reading()).isEqualTo("order-of-release");
            assertThat(a.sources()).containsExactly("local10-ap-2023-11-24");
            assertThat(a.detail()).contains("P-2023-0004", "P-2023-0005", "worldreportnow-2023-11-26");
        });
        assertThat(r.findings()).as("no finding of the bundled data is VIOLATED under every reading").noneMatch(f -> f.status() == Status.VIOLATED);
        assertThat(r.findings().stream().filter(f -> f.term().equals("release-order") && !f.date().toString().equals("2023-11-24")))
                .isNotEmpty().allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.UNDETERMINED));
    }

    @Test
    @DisplayName("only prisoners whose ids decide something are entered (P-2023-0004 and -0005, on the 24 November finding), and the"
            + " PA official's first list 'to be rectified later' is a release-order note of 24 November")
    void prisonersThatDecide() throws Exception {
        FactSet facts = load();
        assertThat(facts.prisoners()).extracting(p -> p.id()).containsExactly("P-2023-0004", "P-2023-0005");
        assertThat(facts.days()).filteredOn(d -> d.date().toString().equals("2023-11-24")).singleElement()
                .satisfies(d -> assertThat(d.notes()).filteredOn(n -> "release-order".equals(n.term()))
                        .singleElement().satisfies(n -> {
                            assertThat(n.source()).isEqualTo("jordannews-pa-prisoners-2023-11-25");
                            assertThat(n.text()).contains("'to be rectified later'");
                        }));
        Report r = check();
        assertThat(r.claims()).filteredOn(c -> c.claim().id().startsWith("hamas-2023-11-25-") && "release-order".equals(c.claim().term()))
                .as("Hamas's seniority claims take the finding of 24 November, contested by its readings").hasSize(2)
                .allSatisfy(c -> assertThat(c.verdict()).isEqualTo(Verdict.CONTESTED));
    }

    @Test
    @DisplayName("claims under a one-party reading (Hamas's T06A, Israel's T03A) are UNDETERMINED and say the clause is not modelled")
    void claims() throws Exception {
        Report r = check();
        for (String clause : List.of("T06A", "T03A")) {
            assertThat(r.claims()).as("claims under %s", clause).filteredOn(c -> clause.equals(c.claim().term())).isNotEmpty()
                    .allSatisfy(c -> {
                        assertThat(c.verdict()).isEqualTo(Verdict.UNDETERMINED);
                        assertThat(c.reason()).contains("not modelled");
                    });
        }
        assertThat(r.claims()).filteredOn(c -> "hamas-2023-11-25-truck-count".equals(c.claim().id())).singleElement()
                .satisfies(c -> assertThat(c.claim().term()).as("65 of 340 trucks to the north is a claim about the north").isEqualTo("T06A"));
    }

    @Test
    @DisplayName("a claim about no reported clause is the exception, for either party: here only Hamas's on offers after the last extension")
    void claimsAboutNoClause() throws Exception {
        Report r = check();
        assertThat(r.claims()).filteredOn(c -> c.claim().term() == null).extracting(c -> c.claim().id())
                .containsExactly("hamas-2023-12-01-refused-offers");
        assertThat(r.claims()).filteredOn(c -> c.claim().term() == null)
                .allSatisfy(c -> assertThat(c.reason()).isEqualTo("the claim concerns no clause of the agreement as reported"));
    }
}
