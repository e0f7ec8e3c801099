package org.truce.steps;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.truce.rulebook.ClauseIndex;
import org.truce.rulebook.RuleBook;
import org.truce.testing.RuleBooks;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-reading coverage gate reads, from the DRL, which readings each rule can fire under. Were that reading to
 * find nothing, the gate would pass whatever the features cover: these tests pin what it finds in the bundled rules.
 */
@DisplayName("Rule coverage knows which readings each rule of the bundled rule set can fire under")
class RuleCoverageTest {

    private final RuleBook book = RuleBooks.bundled();
    private final Map<String, List<String>> byReading = RuleCoverage.readingsOfRules(book);

    @Test
    @DisplayName("every rule of a clause with readings joins on them; no rule of a clause without readings is listed")
    void rulesOfClausesWithReadings() {
        for (Rule rule : book.rules()) {
            List<String> readings = readingsOf(rule);
            if (readings.isEmpty()) {
                assertThat(byReading).as("readings of rule %s, whose clause has none", rule.getName()).doesNotContainKey(rule.getName());
            } else {
                assertThat(byReading).as("readings of rule %s", rule.getName()).containsKey(rule.getName());
                assertThat(readings).as("readings of the clause of rule %s", rule.getName()).containsAll(byReading.get(rule.getName()));
            }
        }
    }

    @Test
    @DisplayName("T06's rules fire under each of its three readings; each of T14's under the one reading its conditions name")
    void t06AndT14() {
        List<String> t06 = List.of("200-including-fuel", "200-plus-fuel", "300-including-fuel");
        Set<String> t14 = new TreeSet<>();
        for (Rule rule : book.rules()) {
            Object clause = rule.getMetaData().get("clause");
            if ("T06".equals(clause)) {
                assertThat(byReading.get(rule.getName())).as("readings of rule %s", rule.getName()).containsExactlyElementsOf(t06);
            } else if ("T14".equals(clause)) {
                assertThat(byReading.get(rule.getName())).as("readings of rule %s", rule.getName()).hasSize(1);
                t14.addAll(byReading.get(rule.getName()));
            }
        }
        assertThat(t14).as("the readings T14's rules fire under").containsExactly("announced-time", "before-midnight");
    }

    private List<String> readingsOf(Rule rule) {
        Object clause = rule.getMetaData().get("clause");
        return clause == null ? List.of() : book.index().clause(clause.toString())
                .map(c -> c.readings().stream().map(ClauseIndex.ReadingSpec::id).toList()).orElse(List.of());
    }
}
