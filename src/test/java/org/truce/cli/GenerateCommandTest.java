package org.truce.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("truce generate: synthetic fact sets for measuring at scale")
class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("writes a fact set that truce check loads and evaluates, with every status and releases by id")
    void validForTheChecker() throws Exception {
        Path file = dir.resolve("gen.json");
        var g = Cli.run("generate", "--prisoners", "300", "--days", "20", "--seed", "7", "-o", file.toString());
        assertThat(g.exitCode()).isEqualTo(0);
        assertThat(g.err()).isEmpty();

        var r = Cli.run("check", file.toString(), "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isEqualTo(Main.VIOLATED);
        assertThat(r.out()).contains("\"release-order\"", "\"eligible-list\"", "\"extension-hostages\"", "\"handover-schedule\"")
                .contains("\"COMPLIANT\"", "\"VIOLATED\"", "\"CONTESTED\"")
                .contains("2023-12-13");
    }

    @Test
    @DisplayName("two generated sources relay a party, so that accounts resting only on a party's word occur, met and breached")
    void speakers() throws Exception {
        Path file = dir.resolve("gen.json");
        Cli.run("generate", "--prisoners", "300", "--days", "20", "--seed", "7", "-o", file.toString());

        var r = Cli.run("check", file.toString(), "--format", "json");
        var report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        java.util.Set<String> selfReported = new java.util.TreeSet<>();
        for (var f : report.get("findings")) {
            for (var a : f.get("accounts")) {
                if (a.path("selfReported").asBoolean(false)) {
                    selfReported.add(a.get("status").asText() + " " + a.get("sources"));
                }
            }
        }
        assertThat(selfReported).anyMatch(s -> s.startsWith("COMPLIANT")).anyMatch(s -> s.startsWith("VIOLATED"));
        assertThat(Files.readString(file)).contains("\"party\":\"Israel\"", "\"party\":\"Hamas\"");
    }

    @Test
    @DisplayName("with --partial-lists, a source names only some releases of each day: its lists show breaches of the order, and otherwise decide nothing")
    void partialLists() throws Exception {
        Path plain = dir.resolve("plain.json");
        Path partial = dir.resolve("partial.json");
        Cli.run("generate", "--prisoners", "300", "--days", "20", "--seed", "7", "-o", plain.toString());
        var g = Cli.run("generate", "--prisoners", "300", "--days", "20", "--seed", "7", "--partial-lists", "-o", partial.toString());
        assertThat(g.exitCode()).isEqualTo(0);
        assertThat(Files.readString(partial)).contains("\"complete\":false").contains("\"gen-7\"");
        assertThat(Files.readString(plain)).doesNotContain("\"complete\"").doesNotContain("\"gen-7\"");

        var r = Cli.run("check", partial.toString(), "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("shown by a partial list")
                .contains("T12 A partial list that shows no prisoner released ahead of a longer-serving one decides nothing");
    }

    @Test
    @DisplayName("--evidence adds bounds of a day's trucks, hostages and prisoners, daily fuel, and totals of trucks and fuel over two days, which give period findings; without it the file is as before")
    void evidence() throws Exception {
        Path plain = dir.resolve("plain.json");
        Path with = dir.resolve("with.json");
        Cli.run("generate", "--prisoners", "300", "--days", "25", "--seed", "7", "-o", plain.toString());
        assertThat(Cli.run("generate", "--prisoners", "300", "--days", "25", "--seed", "7", "--evidence", "-o", with.toString()).exitCode()).isZero();
        assertThat(Files.readString(plain)).doesNotContain("\"bound\"").doesNotContain("\"periods\"");
        assertThat(Files.readString(with)).contains("\"bound\":\"atLeast\"", "\"bound\":\"atMost\"", "\"periods\"");
        assertThat(Files.readString(with)).containsPattern("\"inDeal\":true, \"bound\":\"at(Least|Most)\"")
                .containsPattern("\"count\":\\d+, \"bound\":\"at(Least|Most)\", \"source\":\"gen-3\"}");

        var r = Cli.run("check", with.toString(), "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("\"id\": \"daily-aid-trucks/2023-11-24..2023-11-25\"", "\"to\": \"2023-11-25\"", "\"undecidedBy\"",
                "a figure for part of the day cannot show", "an upper bound cannot show", "so at least one day fell short",
                "the bounds allow both at least and fewer than 3 prisoners per hostage", "a bound never adds up with other reports into a total",
                "\"id\": \"daily-fuel/2023-11-24..2023-11-25\"", "litres over 2 days");
    }

    @Test
    @DisplayName("generated sources are published on the last pause day: --as-of that day counts every report, the day before none")
    void published() throws Exception {
        Path file = dir.resolve("gen.json");
        Cli.run("generate", "--prisoners", "100", "--days", "7", "--seed", "3", "-o", file.toString());
        assertThat(Files.readString(file)).contains("\"published\":\"2023-11-30\"");
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var all = mapper.readTree(Cli.run("check", file.toString(), "--format", "json").out()).get("findings");
        var asOf = mapper.readTree(Cli.run("check", file.toString(), "--format", "json", "--as-of", "2023-11-30").out()).get("findings");
        assertThat(asOf.toString()).isEqualTo(all.toString());
        var before = mapper.readTree(Cli.run("check", file.toString(), "--format", "json", "--as-of", "2023-11-29").out()).get("findings");
        assertThat(before).allSatisfy(f -> assertThat(f.get("status").asText()).isEqualTo("UNDETERMINED"));
    }

    @Test
    @DisplayName("the same seed gives the same file; another seed another")
    void deterministic() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Path c = dir.resolve("c.json");
        Cli.run("generate", "--prisoners", "200", "--days", "7", "--seed", "3", "-o", a.toString());
        Cli.run("generate", "--prisoners", "200", "--days", "7", "--seed", "3", "-o", b.toString());
        Cli.run("generate", "--prisoners", "200", "--days", "7", "--seed", "4", "-o", c.toString());
        assertThat(Files.readString(a)).isEqualTo(Files.readString(b)).isNotEqualTo(Files.readString(c));
        assertThat(Files.readString(a)).containsPattern("\"id\":\"P-\\d{7}\"").doesNotContain("\"name\"");
    }

    @Test
    @DisplayName("fewer pause days than the agreement's initial days is refused with exit 2")
    void tooFewDays() {
        var r = Cli.run("generate", "--prisoners", "10", "--days", "2");
        assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("--days").contains("found 2");
    }

    @Test
    @DisplayName("--agreement gaza-2025-01 writes a fact set of the January 2025 cease-fire that truce check loads and evaluates, every status occurring, the same seed giving the same file")
    void secondAgreement() throws Exception {
        Path file = dir.resolve("gen-2025.json");
        Path again = dir.resolve("gen-2025-again.json");
        var g = Cli.run("generate", "--agreement", "gaza-2025-01", "--days", "50", "--seed", "3", "-o", file.toString());
        assertThat(g.exitCode()).isEqualTo(0);
        assertThat(g.err()).isEmpty();
        Cli.run("generate", "--agreement", "gaza-2025-01", "--days", "50", "--seed", "3", "-o", again.toString());
        assertThat(Files.readString(again)).isEqualTo(Files.readString(file));
        assertThat(Files.readString(file)).contains("\"agreement\":\"gaza-2025-01\"", "\"category\":\"female-soldier\"",
                "\"status\":\"deceased\"", "\"trucksToNorth\"", "\"fuelTrucksIn\"", "\"kind\":\"return-north-opened\"", "\"periods\"");

        var r = Cli.run("check", file.toString(), "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isEqualTo(Main.VIOLATED);
        var report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        java.util.Set<String> statuses = new java.util.TreeSet<>();
        java.util.Set<String> terms = new java.util.TreeSet<>();
        for (var f : report.get("findings")) {
            statuses.add(f.get("status").asText());
            terms.add(f.get("term").asText());
        }
        assertThat(statuses).contains("COMPLIANT", "VIOLATED", "CONTESTED", "UNDETERMINED");
        assertThat(terms).contains("daily-aid-trucks", "daily-fuel-trucks", "north-aid-trucks");
        assertThat(r.out()).contains("2025-03-09"); // the 50th day, an extension
    }

    @Test
    @DisplayName("--agreement gaza-2025-01 refuses --prisoners, and gaza-2023-11 still requires it; an unknown agreement is named with those that exist")
    void agreementOptions() {
        var withPrisoners = Cli.run("generate", "--agreement", "gaza-2025-01", "--days", "42", "--prisoners", "10");
        assertThat(withPrisoners.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(withPrisoners.err()).contains("expected no --prisoners");
        var without = Cli.run("generate", "--days", "42");
        assertThat(without.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(without.err()).contains("--prisoners: expected a whole number ≥ 1 (required for gaza-2023-11)");
        var unknown = Cli.run("generate", "--agreement", "gaza-1999-01", "--days", "42");
        assertThat(unknown.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknown.err()).contains("expected one of gaza-2023-11, gaza-2025-01, found \"gaza-1999-01\"");
    }
}
