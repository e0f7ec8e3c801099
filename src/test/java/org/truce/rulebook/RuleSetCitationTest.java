package org.truce.rulebook;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.truce.testing.RuleBooks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Every rule of the bundled rule set cites a clause of its clause index")
class RuleSetCitationTest {

    @Test
    @DisplayName("every rule of the KieBase carries @clause and @term, its name starts with the clause id, and the clause is in the index with that term")
    void everyRuleCitesTheIndex() {
        RuleBook book = RuleBooks.bundled();
        List<String> problems = new ArrayList<>();
        int rules = 0;
        for (KiePackage pkg : book.parts().stream().flatMap(part -> part.getKiePackages().stream()).toList()) {
            if (pkg.getName().equals("org.truce.check")) {
                continue;
            }
            for (Rule rule : pkg.getRules()) {
                rules++;
                String clause = Metadata.clause(rule);
                String term = Metadata.term(rule);
                if (clause == null || term == null) {
                    problems.add(rule.getName() + ": no @clause/@term");
                    continue;
                }
                var entry = book.index().clause(clause);
                if (entry.isEmpty()) {
                    problems.add(rule.getName() + ": cites " + clause + ", not in the index");
                } else if (!term.equals(entry.get().term())) {
                    problems.add(rule.getName() + ": @term " + term + " but the index gives " + entry.get().term());
                }
                if (!rule.getName().startsWith(clause + " ")) {
                    problems.add(rule.getName() + ": name does not start with " + clause);
                }
            }
        }
        assertThat(rules).as("rules compiled").isGreaterThanOrEqualTo(21);
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("the eight terms of the agreement are each modelled by a clause of the index and cited by rules")
    void eightTerms() {
        RuleBook book = RuleBooks.bundled();
        Set<String> cited = book.rules().stream().map(Metadata::term).collect(Collectors.toSet());
        assertThat(cited).containsExactlyInAnyOrder("initial-hostages", "exchange-ratio", "extension-hostages",
                "daily-aid-trucks", "daily-fuel", "release-order", "eligible-list", "handover-schedule");
        assertThat(book.index().clauses().stream().filter(ClauseIndex.Clause::modelled).map(ClauseIndex.Clause::term))
                .containsExactlyInAnyOrderElementsOf(cited);
    }

    @Test
    @DisplayName("the index lists the reported clauses no term models, each with why")
    void unmodelledClauses() {
        var unmodelled = RuleBooks.bundled().index().clauses().stream().filter(c -> !c.modelled()).toList();
        assertThat(unmodelled).extracting(ClauseIndex.Clause::id).contains("T06A", "T09", "T11", "T14A", "T15");
        assertThat(unmodelled).allSatisfy(c -> assertThat(c.notModelled()).isNotBlank());
    }

    @Test
    @DisplayName("every clause names who reported it and the party it binds")
    void clausesAreAttributed() {
        assertThat(RuleBooks.bundled().index().clauses()).allSatisfy(c -> {
            assertThat(c.reportedBy()).as(c.id()).isNotEmpty();
            assertThat(c.party()).as(c.id()).isNotBlank();
            assertThat(c.text()).as(c.id()).isNotBlank();
        });
    }

    @Test
    @DisplayName("every clause says how it is known: by both parties, one party (which), the mediators, the press, or disputed")
    void clausesSayHowTheyAreKnown() {
        assertThat(RuleBooks.bundled().index().clauses()).allSatisfy(c -> {
            assertThat(c.provenance()).as("provenance of %s", c.id()).isIn(ClauseIndex.PROVENANCES);
            assertThat(c.disputed()).as("%s is marked disputed exactly when its provenance is disputed", c.id())
                    .isEqualTo(c.provenance().equals("disputed"));
            if (c.provenance().equals("one-party")) {
                assertThat(c.provenanceParty()).as("the one party that reported %s", c.id()).isIn("Israel", "Hamas");
            } else {
                assertThat(c.provenanceParty()).as("%s names a party only when one party reported it", c.id()).isNull();
            }
        });
    }

    @Test
    @DisplayName("a reading of the agreement held by one party has a clause of its own, whichever party holds it")
    void oneReadingPerParty() {
        var index = RuleBooks.bundled().index();
        assertThat(index.clause("T06A")).get().extracting(ClauseIndex.Clause::provenance, ClauseIndex.Clause::provenanceParty)
                .containsExactly("one-party", "Hamas");
        assertThat(index.clause("T03A")).get().extracting(ClauseIndex.Clause::provenance, ClauseIndex.Clause::provenanceParty)
                .containsExactly("one-party", "Israel");
    }

    @Test
    @DisplayName("numbers are parameters of the index, not repeated in rule names or rule logic")
    void numbersAreParameters() throws Exception {
        var params = RuleBooks.bundled().index().parameters();
        assertThat(params).extracting(ClauseIndex.ParameterSpec::name, ClauseIndex.ParameterSpec::value).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("initial-hostages.minimum", 50L),
                org.assertj.core.groups.Tuple.tuple("exchange-ratio.prisoners-per-hostage", 3L),
                org.assertj.core.groups.Tuple.tuple("extension-hostages.minimum-per-day", 10L),
                org.assertj.core.groups.Tuple.tuple("daily-aid-trucks.minimum-per-day", null),
                org.assertj.core.groups.Tuple.tuple("daily-aid-trucks.fuel-trucks-count", null),
                org.assertj.core.groups.Tuple.tuple("daily-fuel.minimum-litres-per-day", 130_000L),
                org.assertj.core.groups.Tuple.tuple("handover-schedule.tolerance-minutes", 0L));
        // No reading is the default: T06's numbers are set by each of its readings, none by the parameter itself.
        var t06 = RuleBooks.bundled().index().clause("T06").orElseThrow().readings();
        assertThat(t06).extracting(ClauseIndex.ReadingSpec::id, r -> r.parameters().get("daily-aid-trucks.minimum-per-day"),
                r -> r.parameters().get("daily-aid-trucks.fuel-trucks-count")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("200-including-fuel", 200L, 1L),
                org.assertj.core.groups.Tuple.tuple("200-plus-fuel", 200L, 0L),
                org.assertj.core.groups.Tuple.tuple("300-including-fuel", 300L, 1L));
        assertThat(RuleBooks.bundled().rules()).extracting(Rule::getName).noneMatch(n -> n.matches(".*\\b(50|3|10|200|300)\\b.*"));
        try (var drl = Files.list(RuleBooks.BUNDLED)) {
            for (Path file : drl.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String code = Files.readAllLines(file).stream().filter(l -> !l.trim().startsWith("//")).collect(Collectors.joining("\n"));
                assertThat(code).as(file.toString()).doesNotContainPattern("[^0-9A-Za-z_.](50|200|300|10)[^0-9]");
            }
        }
    }
}
