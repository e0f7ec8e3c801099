package org.truce.steps;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.parser.DrlParser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.truce.rulebook.ClauseIndex;
import org.truce.rulebook.RuleBook;
import org.truce.testing.RuleBooks;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-reading coverage gate reads, from the DRL and the clause index, which readings each rule can fire under.
 * Were that reading to find nothing, or to excuse a reading a rule can fire under, the gate would pass whatever the
 * features cover: these tests pin what it finds in the bundled rules, and that the gate names what a run left out.
 */
@DisplayName("Rule coverage knows which readings each rule of the bundled rule set can fire under")
class RuleCoverageTest {
    private static final String FUEL_COUNTS = "daily-aid-trucks.fuel-trucks-count";

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
                assertThat(byReading.get(rule.getName())).as("readings of rule %s", rule.getName()).isNotEmpty();
                assertThat(readings).as("readings of the clause of rule %s", rule.getName()).containsAll(byReading.get(rule.getName()));
            }
        }
    }

    @Test
    @DisplayName("T06's rules fire under the readings whose fuel-trucks-count allows them; each of T14's under the one reading its conditions name")
    void t06AndT14() {
        Map<String, List<String>> t06 = new TreeMap<>();
        Set<String> t14 = new TreeSet<>();
        for (Rule rule : book.rules()) {
            Object clause = rule.getMetaData().get("clause");
            if ("T06".equals(clause)) {
                t06.put(rule.getName(), byReading.get(rule.getName()));
            } else if ("T14".equals(clause)) {
                assertThat(byReading.get(rule.getName())).as("readings of rule %s", rule.getName()).hasSize(1);
                t14.addAll(byReading.get(rule.getName()));
            }
        }
        List<String> every = List.of("200-including-fuel", "200-plus-fuel", "300-including-fuel");
        List<String> counted = List.of("200-including-fuel", "300-including-fuel");
        List<String> apart = List.of("200-plus-fuel");
        Map<String, List<String>> expected = new TreeMap<>(Map.of(
                "T06 The daily minimum of aid trucks applies on every pause day, under each reading", every,
                "T06 At least the daily minimum of aid trucks entered, every truck counted", counted,
                "T06 Fewer aid trucks entered than the daily minimum, every truck counted", counted,
                "T06 At least the daily minimum of aid trucks entered besides those of fuel", apart,
                "T06 Fewer aid trucks entered than the daily minimum besides those of fuel", apart,
                "T06 Trucks of loads not given cannot show the daily minimum met besides those of fuel", apart,
                "T06 A partial figure below the daily minimum cannot show it missed, every truck counted", counted,
                "T06 An upper bound at or above the daily minimum cannot show it met, every truck counted", counted,
                "T06 A partial figure below the daily minimum cannot show it missed besides those of fuel", apart,
                "T06 An upper bound at or above the daily minimum cannot show it met besides those of fuel", apart));
        expected.putAll(Map.of(
                "T06 The daily minimum of aid trucks applies over each period a source reported a total of, under each reading", every,
                "T06 A total over several days below the days times the daily minimum shows a day fell short", every,
                "T06 A total over several days cannot show that every day met the daily minimum", every,
                "T06 Over a period, a source's own figures for every day of it show a day fell short", every,
                "T06 Over a period, a source's own figures for every day of it show every day met the daily minimum", every));
        assertThat(t06).as("readings of T06's rules").containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(RuleCoverage.limitsOfRules(book).get("T06 Fewer aid trucks entered than the daily minimum, every truck counted"))
                .as("the limit that rule puts on its reading").containsExactly(FUEL_COUNTS + " != 0");
        assertThat(t14).as("the readings T14's rules fire under").containsExactly("announced-time", "before-midnight");
    }

    @Test
    @DisplayName("the readings a parameter limit allows follow the values the clause index sets, not the readings' names")
    void limitsFollowTheIndex() {
        RuleBook changed = withFuelCounts(Map.of("200-including-fuel", 1L, "200-plus-fuel", 0L, "300-including-fuel", 0L));
        Map<String, List<String>> readings = RuleCoverage.readingsOfRules(changed);
        assertThat(readings.get("T06 Fewer aid trucks entered than the daily minimum besides those of fuel"))
                .as("readings of a rule limited to fuel-trucks-count 0, where two readings set it to 0")
                .containsExactly("200-plus-fuel", "300-including-fuel");
        assertThat(readings.get("T06 Fewer aid trucks entered than the daily minimum, every truck counted"))
                .as("readings of a rule limited to fuel-trucks-count not 0, where one reading sets it otherwise")
                .containsExactly("200-including-fuel");
    }

    @Test
    @DisplayName("only a plain limit on a Parameter joined on the rule's reading narrows its readings; any other constraint narrows nothing")
    void whatCountsAsALimit() throws Exception {
        assertThat(limits("Parameter( name == \"p\", reading == $reading, value != 0 )")).extracting(Object::toString).containsExactly("p != 0");
        assertThat(limits("Parameter( name == \"p\", reading == $reading, value >= 5, value < 9 )")).extracting(Object::toString)
                .containsExactly("p >= 5", "p < 9");
        assertThat(limits("Parameter( name == \"p\", value == 0 )")).as("not joined on the reading").isEmpty();
        assertThat(limits("Parameter( name == \"p\", reading == $reading, value > $minimum )")).as("not a whole number").isEmpty();
        assertThat(limits("Parameter( name == \"p\", reading == $reading, value == 0 || value == 2 )")).as("not one comparison").isEmpty();
        assertThat(limits("Parameter( reading == $reading, value == 0 )")).as("no literal name").isEmpty();
    }

    @Test
    @DisplayName("the gate passes a run that covers every rule under each reading it allows, and names a reading a rule never fired under")
    void gateNamesAMissingReading() {
        assertThat(covered(null, null).gaps(book)).as("gaps of a run that covers everything").isEmpty();
        String rule = "T06 At least the daily minimum of aid trucks entered, every truck counted";
        assertThat(covered(rule, "300-including-fuel").gaps(book)).as("gaps of a run in which %s never fired under 300-including-fuel", rule)
                .containsExactly("rule \"" + rule + "\" fired under the reading 300-including-fuel of clause T06 in no scenario");
    }

    @Test
    @DisplayName("the gate names a rule that decided accounts in some scenario when no scenario asserts an outcome resting on it")
    void gateNamesAnUnassertedRule() {
        String rule = "T06 Trucks of loads not given cannot show the daily minimum met besides those of fuel";
        RuleCoverage.Tally tally = covered(null, null);
        tally.decided(rule, "a scenario");
        assertThat(tally.gaps(book)).containsExactly("rule \"" + rule + "\" decided accounts or left reports undecided in 1 scenario(s), "
                + "but no scenario asserts an outcome resting on it");
        tally.asserted(rule, "another scenario");
        assertThat(tally.gaps(book)).isEmpty();
    }

    /** A run in which every rule fired under each reading it allows, and every clause and reading was asserted, but one. */
    private RuleCoverage.Tally covered(String skipRule, String skipReading) {
        RuleCoverage.Tally tally = new RuleCoverage.Tally();
        for (Rule rule : book.rules()) {
            tally.fired(rule.getName(), "s");
            for (String reading : byReading.getOrDefault(rule.getName(), List.of())) {
                if (!(rule.getName().equals(skipRule) && reading.equals(skipReading))) {
                    tally.firedOn(rule.getName(), Set.of(reading), "s");
                }
            }
        }
        for (ClauseIndex.Clause clause : book.index().clauses()) {
            tally.exercised(clause.id(), "s");
            clause.readings().forEach(r -> tally.exercised(clause.id(), r.id(), "s"));
        }
        return tally;
    }

    private static List<RuleCoverage.Limit> limits(String pattern) throws Exception {
        DrlParser parser = new DrlParser();
        PackageDescr pkg = parser.parse(false, "package p;\nrule \"r\"\nwhen\n    " + pattern + "\nthen\nend\n");
        assertThat(parser.getErrors()).as("errors parsing %s", pattern).isEmpty();
        return RuleCoverage.limitsOf((PatternDescr) pkg.getRules().get(0).getLhs().getDescrs().get(0));
    }

    /** The bundled rules with a clause index whose T06 readings set fuel-trucks-count as given. */
    private RuleBook withFuelCounts(Map<String, Long> values) {
        ClauseIndex index = book.index();
        List<ClauseIndex.Clause> clauses = index.clauses().stream().map(c -> !c.id().equals("T06") ? c
                : new ClauseIndex.Clause(c.id(), c.heading(), c.text(), c.reportedBy(), c.sources(), c.disputed(), c.provenance(),
                        c.provenanceParty(), c.accounts(), c.party(), c.term(), c.notModelled(), c.readings().stream().map(r -> {
                            Map<String, Long> parameters = new TreeMap<>(r.parameters());
                            parameters.put(FUEL_COUNTS, values.get(r.id()));
                            return new ClauseIndex.ReadingSpec(r.id(), r.text(), r.heldBy(), r.sources(), parameters);
                        }).toList())).toList();
        return book.withIndex(new ClauseIndex(index.agreement(), index.title(), index.note(), index.parties(), index.pause(),
                index.parameters(), clauses));
    }

    private List<String> readingsOf(Rule rule) {
        Object clause = rule.getMetaData().get("clause");
        return clause == null ? List.of() : book.index().clause(clause.toString())
                .map(c -> c.readings().stream().map(ClauseIndex.ReadingSpec::id).toList()).orElse(List.of());
    }
}
