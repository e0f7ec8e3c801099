package org.truce.steps;

import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Location;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestStep;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.suite.api.ConfigurationParameter;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static org.assertj.core.api.Assertions.assertThat;

/** The console names each scenario that ran, one plain line each, and counts them at the end. */
@DisplayName("The console names each scenario that ran, one plain line each")
class ScenarioLinesTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Path project = Path.of("/work/truce");
    private final Map<Class<?>, EventHandler<?>> handlers = new HashMap<>();

    @Test
    @DisplayName("a line per scenario as it finishes: status, feature file and line from the project, name; then the count")
    void oneLinePerScenario() {
        ScenarioLines plugin = plugin();
        finish(plugin, Status.PASSED, "features/gaza-2023-11/exchange-ratio.feature", 40, "Three prisoners for each hostage meet the term");
        finish(plugin, Status.FAILED, "features/gaza-2023-11/daily-fuel.feature", 7, "Fuel below the minimum breaches the term");
        finish(plugin, Status.PASSED, "features/gaza-2023-11/daily-fuel.feature", 12, "Fuel at the minimum meets the term");
        send(new TestRunFinished(Instant.EPOCH, new Result(Status.FAILED, Duration.ZERO, null)));

        assertThat(lines()).containsExactly(
                "passed     features/gaza-2023-11/exchange-ratio.feature:40  Three prisoners for each hostage meet the term",
                "failed     features/gaza-2023-11/daily-fuel.feature:7  Fuel below the minimum breaches the term",
                "passed     features/gaza-2023-11/daily-fuel.feature:12  Fuel at the minimum meets the term",
                "3 scenarios ran: 2 passed, 1 failed");
    }

    @Test
    @DisplayName("a name that would move the cursor, colour the terminal or reorder the line is shown escaped, on one line")
    void aFeatureCannotDriveTheTerminal() {
        ScenarioLines plugin = plugin();
        finish(plugin, Status.PASSED, "features/x.feature", 3, "Red\u001b[31m text\r\nover \u202eelsewhere");

        assertThat(lines()).containsExactly("passed     features/x.feature:3  Red\\u001b[31m text\\r\\nover \\u202eelsewhere");
    }

    @Test
    @DisplayName("a run in which no scenario ran says so")
    void noScenario() {
        plugin();
        send(new TestRunFinished(Instant.EPOCH, new Result(Status.PASSED, Duration.ZERO, null)));

        assertThat(lines()).containsExactly("no scenario ran");
    }

    @Test
    @DisplayName("the features suite uses the plugin")
    void featuresTestUsesIt() {
        String plugins = Arrays.stream(FeaturesTest.class.getAnnotationsByType(ConfigurationParameter.class))
                .filter(p -> p.key().equals(PLUGIN_PROPERTY_NAME)).map(ConfigurationParameter::value).findFirst().orElse("");
        assertThat(plugins.split("\\s*,\\s*")).contains(ScenarioLines.class.getName());
    }

    private ScenarioLines plugin() {
        ScenarioLines plugin = new ScenarioLines(new PrintStream(bytes, true, StandardCharsets.UTF_8), project);
        plugin.setEventPublisher(new EventPublisher() {
            @Override
            public <T> void registerHandlerFor(Class<T> event, EventHandler<T> handler) {
                handlers.put(event, handler);
            }

            @Override
            public <T> void removeHandlerFor(Class<T> event, EventHandler<T> handler) {
                handlers.remove(event);
            }
        });
        return plugin;
    }

    private void finish(ScenarioLines plugin, Status status, String file, int line, String name) {
        TestCase scenario = scenario(project.resolve(file).toUri(), line, name);
        send(new TestCaseFinished(Instant.EPOCH, scenario, new Result(status, Duration.ZERO, null)));
    }

    @SuppressWarnings("unchecked")
    private <T> void send(T event) {
        ((EventHandler<T>) handlers.get(event.getClass())).receive(event);
    }

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static TestCase scenario(URI uri, int line, String name) {
        return new TestCase() {
            @Override
            public Integer getLine() {
                return line;
            }

            @Override
            public Location getLocation() {
                return new Location(line, 5);
            }

            @Override
            public String getKeyword() {
                return "Example";
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public String getScenarioDesignation() {
                return uri + ":" + line + " # " + name;
            }

            @Override
            public List<String> getTags() {
                return List.of();
            }

            @Override
            public List<TestStep> getTestSteps() {
                return List.of();
            }

            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public UUID getId() {
                return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
