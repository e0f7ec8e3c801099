package org.truce.steps;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scenario has a name no other scenario has, across all the features: a reader finds it by its name, the
 * console and the reports list it by its name, {@code -Dcucumber.filter.name} selects it by its name, and Surefire
 * counts two tests of the same name as one.
 */
@DisplayName("Every scenario has a name of its own across the features")
class ScenarioNamesTest {
    static final Path FEATURES = Path.of("features");

    /** A scenario's name as written, and where: {@code features/<agreement>/<file>.feature:<line>}. */
    record Named(String name, String where) {
    }

    @Test
    @DisplayName("no two scenarios of features/ share a name")
    void everyScenarioNameIsUnique() throws IOException {
        List<Named> scenarios = new ArrayList<>();
        for (Path file : featureFiles()) {
            scenarios.addAll(scenarios(file.toString().replace(File.separatorChar, '/'), Files.readAllBytes(file)));
        }
        assertThat(scenarios).as("the scenarios of %s", FEATURES).isNotEmpty();
        List<String> duplicates = duplicates(scenarios);
        assertThat(duplicates).withFailMessage("scenario names used more than once; rename each to say what sets it apart:%n  %s",
                String.join("\n  ", duplicates)).isEmpty();
    }

    @Test
    @DisplayName("a shared name is found across files and inside Rule blocks, and named with every place it is used")
    void aSharedNameIsNamedWithEachPlace() {
        List<Named> scenarios = new ArrayList<>();
        scenarios.addAll(scenarios("a.feature", """
                Feature: A
                  Scenario Outline: A day with <n> trucks
                    Given <n> trucks
                    Examples:
                      | n |
                      | 1 |
                      | 2 |
                  Rule: A rule
                    Example: The term is met
                      Given a step
                """.getBytes(StandardCharsets.UTF_8)));
        scenarios.addAll(scenarios("b.feature", """
                Feature: B
                  Background:
                    Given a step
                  Scenario: the  term is   MET
                    Given a step
                  Rule: Another rule
                    Scenario: The term is broken
                      Given a step
                """.getBytes(StandardCharsets.UTF_8)));

        assertThat(scenarios).extracting(Named::where).containsExactly("a.feature:2", "a.feature:9", "b.feature:4", "b.feature:7");
        assertThat(duplicates(scenarios)).containsExactly("\"The term is met\" at a.feature:9 and b.feature:4");
    }

    /** The feature files under {@link #FEATURES}, in a stable order. */
    static List<Path> featureFiles() throws IOException {
        try (Stream<Path> files = Files.walk(FEATURES)) {
            return files.filter(p -> p.toString().endsWith(".feature")).sorted().toList();
        }
    }

    /**
     * The scenarios of one feature file, including those inside {@code Rule:} blocks, in the order written. A scenario
     * outline counts once, under its own name: its examples run under that name.
     */
    static List<Named> scenarios(String where, byte[] text) {
        GherkinParser parser = GherkinParser.builder().includeSource(false).includePickles(false).build();
        List<Named> named = new ArrayList<>();
        parser.parse(where, text).forEach((Envelope envelope) -> {
            envelope.getParseError().ifPresent(error -> {
                throw new AssertionError(where + " does not parse: " + error.getMessage());
            });
            envelope.getGherkinDocument().flatMap(document -> document.getFeature()).ifPresent(feature -> {
                for (FeatureChild child : feature.getChildren()) {
                    child.getScenario().ifPresent(s -> named.add(named(s, where)));
                    child.getRule().ifPresent(rule -> {
                        for (RuleChild inRule : rule.getChildren()) {
                            inRule.getScenario().ifPresent(s -> named.add(named(s, where)));
                        }
                    });
                }
            });
        });
        return named;
    }

    private static Named named(Scenario scenario, String where) {
        return new Named(scenario.getName(), where + ":" + scenario.getLocation().getLine());
    }

    /**
     * One line for each name that more than one scenario uses, with every place it is used. Names that differ only in
     * case or spacing count as the same: a reader would not tell them apart.
     */
    static List<String> duplicates(List<Named> scenarios) {
        Map<String, List<Named>> byName = new LinkedHashMap<>();
        for (Named scenario : scenarios) {
            String key = scenario.name().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            byName.computeIfAbsent(key, k -> new ArrayList<>()).add(scenario);
        }
        List<String> lines = new ArrayList<>();
        for (List<Named> same : byName.values()) {
            if (same.size() > 1) {
                lines.add("\"" + same.get(0).name() + "\" at "
                        + String.join(" and ", same.stream().map(Named::where).toList()));
            }
        }
        return lines;
    }
}
