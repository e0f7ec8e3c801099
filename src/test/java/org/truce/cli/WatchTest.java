package org.truce.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code truce check --watch}: one foreground JVM that re-checks on every save, until it is interrupted. */
@DisplayName("--watch: an analyst edits a fact set and sees each new report")
class WatchTest {

    @TempDir
    Path dir;

    static final String FACTS = """
            {
              "format": "truce-facts/1",
              "agreement": "gaza-2023-11",
              "sources": [{"id": "a", "publisher": "Monitor A", "title": "Illustration"}],
              "days": [{"date": "2023-11-24", "aidTrucks": [{"count": 200, "source": "a"}]}]
            }
            """;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @DisplayName("an edit of the watched file prints a second report; a bad edit prints its errors and the loop goes on")
    void editsAreReChecked() throws Exception {
        Path facts = dir.resolve("facts.json");
        Files.writeString(facts, FACTS);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int[] code = {-1};
        Thread watching = new Thread(() -> code[0] = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), false,
                "check", facts.toString(), "--watch"));
        watching.start();
        try {
            await(out, s -> s.contains("daily-aid-trucks") && s.contains("COMPLIANT"));
            assertThat(out.toString()).startsWith("── ").contains("first check of " + Home.display(facts));

            Files.writeString(facts, FACTS.replace("\"count\": 200", "\"count\": 199"));
            await(out, s -> s.contains(Home.display(facts) + " changed") && s.contains("VIOLATED"));

            Files.writeString(facts, FACTS.replace("\"count\": 200", "\"count\": -1"));
            await(err, s -> s.contains("days[0].aidTrucks[0].count: expected a whole number"));
            assertThat(watching.isAlive()).as("a bad edit does not end the loop").isTrue();

            Files.writeString(facts, FACTS);
            await(out, s -> s.split("── ", -1).length - 1 == 4 && s.substring(s.lastIndexOf("── ")).contains("COMPLIANT"));
        } finally {
            watching.interrupt();
            watching.join(10_000);
        }
        assertThat(watching.isAlive()).as("Ctrl-C (an interrupt) ends the loop").isFalse();
        assertThat(code[0]).isZero();
    }

    private static void await(StringWriter text, Predicate<String> seen) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!seen.test(text.toString())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not seen within 60 s; output so far:\n" + text);
            }
            Thread.sleep(20);
        }
    }
}
