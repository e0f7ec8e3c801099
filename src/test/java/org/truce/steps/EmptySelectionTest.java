package org.truce.steps;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * A tag or name filter that selects no scenario fails the run of the features and names the filter: otherwise a typo
 * in {@code -Dcucumber.filter.tags} runs nothing and the build passes. Runs the features through the Cucumber engine,
 * with the steps and hooks of the suite and the filter given as Surefire gives it, a system property.
 */
@DisplayName("A filter that selects no scenario fails the run of the features, naming the filter")
class EmptySelectionTest {

    @Test
    @DisplayName("a tag no scenario has")
    void aTagNoScenarioHas() {
        Run run = runFeaturesWith("cucumber.filter.tags", "@no-such-tag");

        assertThat(run.scenariosRun).isZero();
        assertThat(run.failures).containsExactly(
                "Cucumber: no scenario selected by cucumber.filter.tags=@no-such-tag: check the tag");
    }

    @Test
    @DisplayName("a name that matches no scenario's whole name")
    void aNameNoScenarioHas() {
        Run run = runFeaturesWith("cucumber.filter.name", "26 November");

        assertThat(run.scenariosRun).isZero();
        assertThat(run.failures).containsExactly("Cucumber: no scenario selected by cucumber.filter.name=26 November: "
                + "check the name (a regular expression that must match the whole name)");
    }

    @Test
    @DisplayName("the message names every filter given, and what to check for each")
    void everyFilterIsNamed() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("cucumber.filter.tags", "@dispute");
        filters.put("cucumber.filter.name", "Nothing");
        assertThat(Hooks.nothingRan(filters)).isEqualTo("no scenario selected by cucumber.filter.tags=@dispute and "
                + "cucumber.filter.name=Nothing: check the tag or name (a regular expression that must match the whole name)");
        assertThat(Hooks.nothingRan(Map.of("cucumber.features", "features/none"))).isEqualTo(
                "no scenario selected by cucumber.features=features/none: check the feature path");
        assertThat(Hooks.nothingRan(Map.of())).isEqualTo("no scenario ran, and no filter (cucumber.filter.tags, "
                + "cucumber.filter.name, cucumber.features) was given: check that features/ holds scenarios");
    }

    /** What a run of the features came to: the scenarios that ran, and each failure as "what failed: message". */
    record Run(int scenariosRun, List<String> failures) {
    }

    /**
     * Runs every feature with one filter set as a system property, as {@code mvn test -Dproperty=value} sets it, and
     * the other filters cleared; puts the filters back as they were.
     */
    private static Run runFeaturesWith(String property, String value) {
        Map<String, String> saved = new HashMap<>();
        for (String filter : Hooks.FILTERS) {
            saved.put(filter, System.getProperty(filter));
            System.clearProperty(filter);
        }
        try {
            System.setProperty(property, value);
            LauncherDiscoveryRequest request = request()
                    .selectors(selectDirectory("features"))
                    .filters(includeEngines("cucumber"))
                    .configurationParameter(GLUE_PROPERTY_NAME, "org.truce.steps")
                    .configurationParameter(PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, "true")
                    .build();
            int[] scenarios = {0};
            List<String> failures = new ArrayList<>();
            LauncherFactory.create().execute(request, new TestExecutionListener() {
                @Override
                public void executionStarted(TestIdentifier test) {
                    if (test.isTest()) {
                        scenarios[0]++;
                    }
                }

                @Override
                public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                    if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                        failures.add(test.getDisplayName() + ": " + result.getThrowable().map(Throwable::getMessage).orElse("(no message)"));
                    }
                }
            });
            return new Run(scenarios[0], failures);
        } finally {
            for (String filter : Hooks.FILTERS) {
                if (saved.get(filter) == null) {
                    System.clearProperty(filter);
                } else {
                    System.setProperty(filter, saved.get(filter));
                }
            }
        }
    }
}
