package org.truce.steps;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import org.truce.factset.TerminalText;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Cucumber plugin that names on the console each scenario that ran, one line each as it finishes, then counts them:
 * <pre>
 * passed     features/gaza-2023-11/exchange-ratio.feature:40  Three prisoners for each hostage meet the term
 * 106 scenarios ran: 106 passed
 * </pre>
 * Scenarios a filter left out are not named. The text of a feature is written through {@link TerminalText#escape}, so
 * a terminal shows it and never obeys it.
 * <p>
 * The lines go to the JVM's own standard error, not to {@code System.err}: Surefire sends what tests print to
 * {@code target/surefire-reports/*-output.txt} ({@code redirectTestOutputToFile} in the pom), and copies the native
 * standard error of its forked JVM to Maven's console as it is.
 */
public final class ScenarioLines implements ConcurrentEventListener {
    private final PrintStream out;
    private final Path base;
    private final Map<Status, Integer> counts = new TreeMap<>();

    /** The plugin as Cucumber makes it: {@code org.truce.steps.ScenarioLines} in the plugin list of FeaturesTest. */
    public ScenarioLines() {
        this(new PrintStream(new FileOutputStream(FileDescriptor.err), true, Charset.defaultCharset()), Path.of(""));
    }

    /** Writes to {@code out}, naming feature files relative to {@code base}. */
    ScenarioLines(PrintStream out, Path base) {
        this.out = out;
        this.base = base.toAbsolutePath().normalize();
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, this::runFinished);
    }

    private synchronized void finished(TestCaseFinished event) {
        Status status = event.getResult().getStatus();
        counts.merge(status, 1, Integer::sum);
        out.println(line(status, event.getTestCase()));
    }

    private synchronized void runFinished(TestRunFinished event) {
        int ran = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (ran == 0) {
            out.println("no scenario ran");
            return;
        }
        StringBuilder line = new StringBuilder().append(ran).append(ran == 1 ? " scenario ran: " : " scenarios ran: ");
        String separator = "";
        for (Map.Entry<Status, Integer> count : counts.entrySet()) {
            line.append(separator).append(count.getValue()).append(' ').append(word(count.getKey()));
            separator = ", ";
        }
        out.println(line);
    }

    /** One scenario's line: its status, where it is written (the example's row, for an outline) and its name. */
    String line(Status status, TestCase scenario) {
        return String.format("%-10s %s:%d  %s", word(status), where(scenario.getUri()), scenario.getLocation().getLine(),
                TerminalText.escape(scenario.getName()));
    }

    /** The feature file, relative to the project when it lies in it. */
    private String where(URI uri) {
        if (!"file".equals(uri.getScheme())) {
            return TerminalText.escape(uri.toString());
        }
        Path file = Path.of(uri).toAbsolutePath().normalize();
        Path shown = file.startsWith(base) ? base.relativize(file) : file;
        return TerminalText.escape(shown.toString().replace(File.separatorChar, '/'));
    }

    private static String word(Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
