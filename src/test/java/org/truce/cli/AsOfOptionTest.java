package org.truce.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("--as-of and --format csv on the command line")
class AsOfOptionTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"2023-11-25T16:00", "tomorrow", "2023-11-31", "25 November 2023"})
    @DisplayName("an --as-of that does not parse is one line, exit 2, and nothing written")
    void unparseable(String value) {
        Path out = dir.resolve("report.json");
        var r = Cli.run("check", "--as-of", value, "--format", "json", "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1).first().asString()
                .startsWith("truce: --as-of: expected an ISO-8601 instant with an offset (2023-11-25T16:00+02:00) or a date")
                .contains("found \"" + value + "\"");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    @DisplayName("an instant without an offset is told to add one")
    void noOffset() {
        assertThat(Cli.run("check", "--as-of", "2023-11-25T16:00").err()).contains("(no offset: add one, e.g. +02:00)");
    }

    @Test
    @DisplayName("the JSON records asOf as given, and every format for people says it at the top")
    void recordedAndSaid() {
        assertThat(Cli.run("check", "--as-of", "2023-11-25T16:00+02:00", "--format", "json").out())
                .contains("\"asOf\": \"2023-11-25T16:00+02:00\"");
        assertThat(Cli.run("check", "--as-of", "2023-11-25", "--format", "json").out()).contains("\"asOf\": \"2023-11-25\"");
        assertThat(Cli.run("check", "--format", "json").out()).doesNotContain("\"asOf\"");
        String line = "as of 25 November 2023 16:00 +02:00: only reports published by then";
        for (String format : new String[] {"text", "markdown", "html"}) {
            var r = Cli.run("check", "--as-of", "2023-11-25T16:00+02:00", "--format", format, "--width", "0");
            assertThat(r.exitCode()).as(format).isZero();
            assertThat(r.out()).as(format).contains(line);
        }
        assertThat(Cli.run("check", "--as-of", "2023-11-25", "--width", "0").out())
                .contains("as of the end of 25 November 2023 +02:00: only reports published by then");
    }

    @Test
    @DisplayName("--help names --as-of and the csv format")
    void help() {
        String help = Cli.run("check", "--help").out();
        assertThat(help).contains("--as-of=INSTANT|DATE").contains("csv").contains("--as-of 2023-11-25T16:00+02:00");
    }
}
