package org.truce.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.truce.cli.Main;
import org.truce.testing.RuleBooks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A what-if run, from the command line, in every format: each of {@code --reading}, {@code --set} and {@code --rules}
 * says so near the top of the report, before any finding, so that a what-if cannot pass for the analysis of the
 * agreement as reported; a run as reported says nothing of the kind.
 */
@DisplayName("What-if runs (--reading, --set, --rules) say so at the top of every report format")
class WhatIfInReportsTest {

    private static final String READING = "what-if: clause T06 read only as 300-including-fuel, its other readings set aside";
    private static final String SET = "what-if: daily-fuel.minimum-litres-per-day = 100000, not as reported";

    /** Checks the bundled data with {@code options} in {@code format}, exit code expected, and returns the report. */
    private static String check(Path dir, String format, int exit, String... options) throws Exception {
        Path file = dir.resolve("report-" + System.nanoTime() + "." + format);
        List<String> args = new ArrayList<>(List.of("check", BundledReports.DATA.toString(), "--format", format, "-o", file.toString()));
        args.addAll(List.of(options));
        assertThat(Main.run(args.toArray(String[]::new))).as("exit code of %s", args).isEqualTo(exit);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Where the first finding of a report starts, in the words of each format: every what-if line must come before it. */
    private static int firstFinding(String format, String report) {
        String marker = switch (format) {
            case "text" -> "\n2023-11-24  ";
            case "json" -> "\"findings\"";
            case "markdown" -> "\n## Terms × pause days";
            case "html" -> "<h2>Terms × pause days</h2>";
            default -> throw new IllegalArgumentException(format);
        };
        int at = report.indexOf(marker);
        assertThat(at).as("%s report has %s", format, marker).isPositive();
        return at;
    }

    /** A what-if line as each format writes it: escaped for Markdown and HTML. */
    private static String shown(String format, String line) {
        return switch (format) {
            case "markdown" -> Escape.markdown(line);
            case "html" -> Escape.html(line);
            default -> line;
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "json", "markdown", "html"})
    @DisplayName("--reading, --set and --rules each give a what-if line before the first finding; a run as reported gives none")
    void everyFormat(String format, @TempDir Path dir) throws Exception {
        Path rules = RuleBooks.copyBundled(dir.resolve("what <if>"));

        String reading = check(dir, format, Main.VIOLATED, "--reading", "T06=300-including-fuel");
        assertThat(reading.indexOf(shown(format, READING))).isPositive().isLessThan(firstFinding(format, reading));

        String set = check(dir, format, Main.OK, "--set", "daily-fuel.minimum-litres-per-day=100000");
        assertThat(set.indexOf(shown(format, SET))).isPositive().isLessThan(firstFinding(format, set));

        String own = check(dir, format, Main.OK, "--rules", rules.toString());
        int rulesLine = own.indexOf(shown(format, "what-if: rules from "));
        assertThat(rulesLine).isPositive().isLessThan(firstFinding(format, own));
        assertThat(own.substring(rulesLine)).as("the folder is named, escaped as the format needs")
                .contains(shown(format, "what <if>")).contains(shown(format, ", not the bundled rule set"));

        String all = check(dir, format, Main.VIOLATED, "--reading", "T06=300-including-fuel", "--set", "daily-fuel.minimum-litres-per-day=100000",
                "--rules", rules.toString());
        int first = firstFinding(format, all);
        assertThat(all.indexOf(shown(format, READING))).as("--reading first").isPositive()
                .isLessThan(all.indexOf(shown(format, SET))).isLessThan(first);
        assertThat(all.indexOf(shown(format, SET))).as("then --set, then --rules").isLessThan(all.indexOf(shown(format, "what-if: rules from ")));

        String asReported = check(dir, format, Main.OK);
        assertThat(asReported).doesNotContain("what-if:").doesNotContain("What-if");
        String bundledNamed = check(dir, format, Main.OK, "--rules", Path.of("rules/gaza-2023-11").toAbsolutePath().toString());
        assertThat(bundledNamed).as("--rules naming the bundled rule set itself is no what-if").doesNotContain("what-if:").doesNotContain("What-if");
    }

    @Test
    @DisplayName("JSON: whatIf holds the lines, readings the clause kept to one reading, in the order the options are documented")
    void json(@TempDir Path dir) throws Exception {
        JsonNode report = new ObjectMapper().readTree(check(dir, "json", Main.VIOLATED, "--set", "daily-fuel.minimum-litres-per-day=100000",
                "--reading", "T06=300-including-fuel"));
        assertThat(report.get("whatIf")).extracting(JsonNode::asText).containsExactly(READING, SET);
        assertThat(report.get("readings").toString()).isEqualTo("{\"T06\":\"300-including-fuel\"}");
        assertThat(report.get("parameters").get("daily-fuel.minimum-litres-per-day").asLong()).isEqualTo(100000);
    }

    @Test
    @DisplayName("HTML: the what-if lines stand in a box right under the title, and the page's title says what-if")
    void htmlBox(@TempDir Path dir) throws Exception {
        String html = check(dir, "html", Main.VIOLATED, "--reading", "T06=300-including-fuel");
        assertThat(html).contains("<title>what-if: truce report: November 2023 humanitarian pause, as reported</title>")
                .contains("</h1>\n<div class=\"what-if\" role=\"note\">\n<p><strong>⚠ What-if run: not the analysis of the agreement as"
                        + " reported.</strong> This run changed what was reported:</p>\n<ul>\n<li>" + READING + "</li>\n</ul>\n</div>\n");
    }
}
