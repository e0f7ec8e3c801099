package org.truce.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A DRL file can call any Java, so rules are loaded only from the folder given with --rules, or from
 * rules/&lt;agreement&gt;/ for an agreement id of plain letters, digits, dots and dashes: nothing in a fact set can
 * point truce at another folder. A rule set that writes a marker file shows both what rules can do and that a fact
 * set cannot make truce load them.
 */
@DisplayName("Security: rules are code, and nothing in a fact set can choose which rules run")
class RulesAreCodeTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a rule set that writes a file runs when given with --rules (rules are code: trust the folder)")
    void rulesCanDoAnything() throws IOException {
        Path evil = evilRules();
        var r = Cli.run("check", "--rules", evil.toString());
        assertThat(r.err()).isEmpty();
        assertThat(marker()).as("the DRL consequence ran").exists();
    }

    @ParameterizedTest(name = "agreement {0}")
    @ValueSource(strings = {"ABSOLUTE", "RELATIVE", "../../etc", "/etc", "gaza-2023-11/../gaza-2023-11", "..", ".", "GAZA-2023-11", "gaza-2023-11 "})
    @DisplayName("an agreement that names a folder, or is not a plain id, is refused; no rule of it runs")
    void agreementCannotNameAFolder(String agreement) throws IOException {
        Path evil = evilRules();
        String id = switch (agreement) {
            case "ABSOLUTE" -> evil.toAbsolutePath().toString();
            case "RELATIVE" -> Path.of("rules").toAbsolutePath().relativize(evil.toAbsolutePath()).toString();
            default -> agreement;
        };
        Path facts = factSet("\"agreement\": \"" + id + "\"");
        var r = Cli.run("check", facts.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly(facts + ":3:16: agreement: expected an agreement that has a rule set (gaza-2023-11, gaza-2025-01), found \""
                + id + "\"");
        assertThat(marker()).doesNotExist();
    }

    @Test
    @DisplayName("a fact set cannot add a rules field, or any field, to choose its rules")
    void noFieldChoosesRules() throws IOException {
        Path evil = evilRules();
        Path facts = factSet("\"agreement\": \"gaza-2023-11\", \"rules\": \"" + evil + "\"");
        var r = Cli.run("check", facts.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("rules: expected one of the fields agreement, claims, days, extensions, format, periods, prisoners, sources, title, "
                + "found unknown field \"rules\"");
        assertThat(marker()).doesNotExist();
    }

    @Test
    @DisplayName("with --rules, a fact set of another agreement is refused rather than checked against those rules")
    void rulesFolderIsForItsOwnAgreement() throws IOException {
        Path evil = evilRules();
        Path facts = factSet("\"agreement\": \"lebanon-2024-11\"");
        var r = Cli.run("check", facts.toString(), "--rules", evil.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly(facts + ":3:16: agreement: expected an agreement that has a rule set (gaza-2023-11), found \"lebanon-2024-11\"");
        assertThat(marker()).doesNotExist();
    }

    @Test
    @DisplayName("no ObjectMapper of truce enables polymorphic default typing")
    void noDefaultTyping() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                assertThat(Files.readString(source)).as(source.toString())
                        .doesNotContain("DefaultTyping").doesNotContain("JsonTypeInfo").doesNotContain("PolymorphicTypeValidator");
            }
        }
    }

    private Path marker() {
        return dir.resolve("rules-ran.txt");
    }

    private Path factSet(String agreement) throws IOException {
        Path facts = dir.resolve("facts.json");
        Files.writeString(facts, """
                {
                  "format": "truce-facts/1",
                  %s,
                  "sources": [{"id": "cogat", "publisher": "COGAT", "title": "Aid entering Gaza"}],
                  "days": [{"date": "2023-11-24", "aidTrucks": [{"count": 200, "source": "cogat"}]}]
                }
                """.formatted(agreement));
        return facts;
    }

    /** A copy of the bundled rules plus a rule whose consequence writes a file: what any DRL file could do. */
    private Path evilRules() throws IOException {
        Path rules = dir.resolve("evil");
        Files.createDirectories(rules);
        try (Stream<Path> files = Files.list(Path.of("rules", "gaza-2023-11"))) {
            for (Path f : files.toList()) {
                Files.copy(f, rules.resolve(f.getFileName()));
            }
        }
        Files.writeString(rules.resolve("evil.drl"), """
                package gaza_2023_11;
                import org.truce.check.*;
                rule "T06 A rule that writes a file" @clause("T06") @term("daily-aid-trucks")
                when PauseDay( number == 1 )
                then java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "ran");
                end
                """.formatted(marker().toAbsolutePath()));
        return rules;
    }
}
