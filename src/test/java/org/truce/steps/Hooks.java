package org.truce.steps;

import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.truce.testing.RuleBooks;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Names each scenario for rule coverage, marks the illustrations, and checks the coverage once every scenario has run. */
public class Hooks {
    private final World world;

    public Hooks(World world) {
        this.world = world;
    }

    @Before
    public void name(Scenario scenario) {
        String file = scenario.getUri().toString();
        file = file.substring(file.lastIndexOf('/') + 1);
        world.scenario = scenario.getName() + " (" + file + ":" + scenario.getLine() + ")";
        world.illustration = scenario.getSourceTagNames().stream().anyMatch(ILLUSTRATED::contains);
    }

    /**
     * The features whose scenarios, unless over the bundled reports, use invented figures and so must credit them to
     * placeholder monitors. Every feature is held to it: a real publisher stands only beside a figure it reported.
     */
    static final Set<String> ILLUSTRATED = Set.of("@term", "@calendar", "@dispute", "@not-modelled");

    /**
     * Writes the coverage report and fails the run, naming each rule that never fired and each clause that no scenario
     * exercised. A filtered run (by tag, name or feature) only writes the report: it cannot cover everything.
     */
    @AfterAll
    public static void checkRuleCoverage() throws IOException {
        boolean partial = Stream.of("cucumber.filter.tags", "cucumber.filter.name", "cucumber.features")
                .anyMatch(p -> System.getProperty(p) != null && !System.getProperty(p).isBlank());
        RuleCoverage.write(RuleBooks.bundled(), partial);
        List<String> gaps = RuleCoverage.gaps(RuleBooks.bundled());
        if (!partial && !gaps.isEmpty()) {
            throw new AssertionError("rule coverage is incomplete (see " + RuleCoverage.REPORT + "):\n  " + String.join("\n  ", gaps));
        }
    }
}
