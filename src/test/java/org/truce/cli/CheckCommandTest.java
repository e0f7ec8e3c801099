package org.truce.cli;

import org.truce.testing.RuleBooks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("truce check: exit codes, output and errors as documented")
class CheckCommandTest {

    @TempDir
    Path dir;

    static final String KEPT = """
            {
              "format": "truce-facts/1",
              "agreement": "gaza-2023-11",
              "sources": [{"id": "cogat", "publisher": "COGAT", "title": "Aid entering Gaza"}],
              "days": [{"date": "2023-11-24", "aidTrucks": [{"count": 200, "source": "cogat"}]}]
            }
            """;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    @DisplayName("exit 0: evaluated and nothing VIOLATED")
    void exitZero() throws IOException {
        var r = Cli.run("check", write("kept.json", KEPT).toString());
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).containsPattern("2023-11-24\\s+daily-aid-trucks\\s+T06\\s+CONTESTED \\(readings\\)")
                .doesNotContainPattern("\\d{4}-\\d\\d-\\d\\d\\s+\\S+\\s+T\\d+\\s+VIOLATED");
        assertThat(r.err()).isEmpty();
    }

    @Test
    @DisplayName("exit 3: read only as the time reported in advance, the bundled 25 November handover is VIOLATED, and read only as an order of"
            + " release, release order on 24 November; with every reading both are CONTESTED (readings), exit 0")
    void exitThree() {
        var r = Cli.run("check", "data/gaza-2023-11.json", "--reading", "T14=announced-time");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).containsPattern("2023-11-25\\s+handover-schedule\\s+T14\\s+VIOLATED\\s+Hamas")
                .contains("what-if: clause T14 read only as announced-time, its other readings set aside");
        var all = Cli.run("check", "data/gaza-2023-11.json");
        assertThat(all.exitCode()).isEqualTo(0);
        assertThat(all.out()).containsPattern("2023-11-25\\s+handover-schedule\\s+T14\\s+CONTESTED \\(readings\\)\\s+Hamas")
                .containsPattern("2023-11-24\\s+release-order\\s+T12\\s+CONTESTED \\(readings\\)\\s+Israel")
                .doesNotContain("what-if");
        var order = Cli.run("check", "data/gaza-2023-11.json", "--reading", "T12=order-of-release");
        assertThat(order.exitCode()).isEqualTo(3);
        assertThat(order.out()).containsPattern("2023-11-24\\s+release-order\\s+T12\\s+VIOLATED\\s+Israel")
                .contains("what-if: clause T12 read only as order-of-release, its other readings set aside");
    }

    @Test
    @DisplayName("--reading: the bundled data read as 300 trucks a day makes every T06 finding with a report VIOLATED (five days and the total over 24-25 November); read as 200 besides fuel, 28 November falls short")
    void readingsOfTheBundledData() {
        var three = Cli.run("check", "--reading", "T06=300-including-fuel", "--width", "0");
        assertThat(three.out().lines().filter(l -> l.matches("2023-11-[0-9]+  daily-aid-trucks .*") && !l.contains("UNDETERMINED")))
                .hasSize(6).allSatisfy(l -> assertThat(l).containsPattern("T06\\s+VIOLATED"));
        var plus = Cli.run("check", "--reading", "T06=200-plus-fuel", "--width", "0");
        assertThat(plus.out()).containsPattern("2023-11-28\\s+daily-aid-trucks\\s+T06\\s+VIOLATED\\s+Israel\\s+200 trucks, 4 of them fuel or gas: 196 counted");
        assertThat(plus.exitCode()).isEqualTo(3);
    }

    @Test
    @DisplayName("--reading: an unknown clause or reading is a usage error naming the readings that exist; a malformed one says what was expected")
    void unknownReading() {
        var reading = Cli.run("check", "--reading", "T06=250");
        assertThat(reading.exitCode()).isEqualTo(2);
        assertThat(reading.out()).isEmpty();
        assertThat(reading.err().lines()).containsExactly(
                "truce: --reading: expected a reading of clause T06 (200-including-fuel, 200-plus-fuel, 300-including-fuel), found \"250\"");
        var clause = Cli.run("check", "--reading", "T04=ratio");
        assertThat(clause.exitCode()).isEqualTo(2);
        assertThat(clause.err().lines()).containsExactly("truce: --reading: expected a clause of the rule set of gaza-2023-11 that has readings "
                + "(T05 (ten-per-added-day, as-agreed-for-the-extension); T06 (200-including-fuel, 200-plus-fuel, 300-including-fuel); T12 (order-of-release, selection-by-seniority); "
                + "T14 (announced-time, before-midnight)), found \"T04\"");
        assertThat(Cli.run("check", "--reading", "T06").err().lines())
                .containsExactly("truce: --reading: expected CLAUSE=ID, e.g. T06=300-including-fuel, found \"T06\"");
        assertThat(Cli.run("check", "--reading", "T06=200-plus-fuel", "--reading", "T06=300-including-fuel").err().lines())
                .containsExactly("truce: --reading: expected one reading per clause, found \"T06\" again");
    }

    @Test
    @DisplayName("exit 2: bad input, one located line per problem, nothing on stdout, no stack trace")
    void exitTwo() throws IOException {
        Path bad = write("bad.json", KEPT.replace("\"count\": 200", "\"count\": -5").replace("\"source\": \"cogat\"}]}]", "\"source\": \"ocha\"}]}]"));
        var r = Cli.run("check", bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly(
                bad + ":5:59: days[0].aidTrucks[0].count: expected a whole number from 0 to 1000000000, found -5",
                bad + ":5:73: days[0].aidTrucks[0].source: expected the id of an entry of sources, found \"ocha\"");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("exit 2: an unknown option says so and points to --help")
    void badUsage() {
        var r = Cli.run("check", "--colour", "red");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option").contains("--help");
    }

    @Test
    @DisplayName("exit 2: rules that do not compile name the DRL file and line; no output file is written")
    void rulesDoNotCompile() throws IOException {
        Path rules = copyRules();
        Path aid = rules.resolve("daily-aid-trucks.drl");
        Files.writeString(aid, Files.readString(aid).replace("PauseDay( $date : date )", "PauseDay( $date : date"));
        Path out = dir.resolve("report.json");
        var r = Cli.run("check", "--rules", rules.toString(), "--format", "json", "--output", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        int line = Files.readAllLines(aid).stream().map(String::strip).toList().indexOf("Reading( clause == \"T06\", $reading : id )") + 1;
        assertThat(line).isPositive();
        assertThat(r.err()).startsWith(aid + ":" + line + ": ");
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("exit 1: a rule that fails while evaluating is an internal error, said in one line")
    void internalError() throws IOException {
        Path rules = copyRules();
        Files.writeString(rules.resolve("broken.drl"), RuleBooks.FAILING_RULE);
        var r = Cli.run("check", "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1).first().asString()
                .contains("T06 A rule that fails when it fires").contains("deliberately broken rule");
    }

    @Test
    @DisplayName("--help explains the statuses and the exit codes")
    void help() {
        var r = Cli.run("check", "--help");
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).contains("COMPLIANT", "VIOLATED", "CONTESTED", "UNDETERMINED", "Exit codes", "--rules", "--format", "--output");
    }

    @Test
    @DisplayName("a what-if: an edited copy of the rule set under --rules changes the statuses, the bundled rules untouched")
    void editedThresholdUnderRules() throws IOException {
        Path rules = copyRules();
        Path index = rules.resolve("clauses.json");
        String text = Files.readString(index);
        assertThat(text).contains("\"daily-aid-trucks.minimum-per-day\": 200");
        Files.writeString(index, text.replace("\"daily-aid-trucks.minimum-per-day\": 200", "\"daily-aid-trucks.minimum-per-day\": 190"));
        Path facts = write("trucks.json", KEPT.replace("\"count\": 200", "\"count\": 195"));
        assertThat(Cli.run("check", facts.toString(), "--reading", "T06=200-including-fuel").out()).containsPattern("daily-aid-trucks\\s+T06\\s+VIOLATED");
        var edited = Cli.run("check", facts.toString(), "--rules", rules.toString(), "--reading", "T06=200-including-fuel");
        assertThat(edited.out()).containsPattern("daily-aid-trucks\\s+T06\\s+COMPLIANT")
                .contains("what-if: rules from " + rules + ", not the bundled rule set");
    }

    @Test
    @DisplayName("--set changes a parameter for one run; an unknown parameter is a usage error")
    void setParameter() throws IOException {
        Path facts = write("kept.json", KEPT);
        var r = Cli.run("check", facts.toString(), "--set", "daily-aid-trucks.minimum-per-day=300");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).containsPattern("daily-aid-trucks\\s+T06\\s+VIOLATED");
        var unknown = Cli.run("check", facts.toString(), "--set", "daily-aid-trucks.maximum=1");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("expected a parameter of the rule set of gaza-2023-11").contains("found \"daily-aid-trucks.maximum\"");
    }

    @Test
    @DisplayName("--output writes the report to the file and nothing to stdout; several files give a JSON array")
    void outputAndSeveralFiles() throws IOException {
        Path facts = write("kept.json", KEPT);
        Path out = dir.resolve("report.json");
        var r = Cli.run("check", facts.toString(), facts.toString(), "--format", "json", "--output", out.toString());
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("[").contains("\"format\": \"truce-report/1\"");
    }

    @Test
    @DisplayName("an output folder that does not exist is a clear error, before any work")
    void outputFolderMissing() throws IOException {
        var r = Cli.run("check", write("kept.json", KEPT).toString(), "--output", dir.resolve("no/such/report.txt").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("expected a folder that exists");
    }

    @Test
    @DisplayName("--max-pause-days: in --help, raises the limit on the days extensions add, and is refused out of range")
    void maxPauseDays() throws IOException {
        assertThat(Cli.run("check", "--help").out()).contains("--max-pause-days=N").contains("(default: 366)");
        Path facts = BadInputCorpusTest.CORPUS.resolve("pause-days-beyond-the-limit-given.json");
        var raised = Cli.run("check", facts.toString(), "--max-pause-days", "3");
        assertThat(raised.err()).isEmpty();
        assertThat(raised.exitCode()).isZero();
        assertThat(raised.out()).contains("2023-11-30");
        var negative = Cli.run("check", facts.toString(), "--max-pause-days", "-1");
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err().lines()).containsExactly("truce: --max-pause-days: expected a whole number from 0 to 1000000, found -1");
    }

    @Test
    @DisplayName("a failure that is not about --set is not reported as --set (a rule set whose pause is too long to hold)")
    void onlySetProblemsNamedSet() throws IOException {
        Path rules = copyRules();
        Path index = rules.resolve("clauses.json");
        Files.writeString(index, Files.readString(index).replace("\"initialDays\": 4", "\"initialDays\": 2147483647"));
        var r = Cli.run("check", "data/gaza-2023-11.json", "--rules", rules.toString());
        // Once: "--set: Illegal Capacity: -2147483646", exit 2, as if an option had been mistyped.
        assertThat(r.err()).doesNotContain("--set").contains("expected a pause of at most 1048576 days, found 2147483650");
        assertThat(r.exitCode()).isEqualTo(1);
    }

    private Path copyRules() throws IOException {
        return RuleBooks.copyBundled(dir);
    }
    @Test
    @DisplayName("--set says what it expected in the rule set's words, and refuses negative values")
    void setInWords() {
        var word = Cli.run("check", "--set", "daily-aid-trucks.minimum-per-day=abc");
        assertThat(word.exitCode()).isEqualTo(2);
        assertThat(word.err().lines().findFirst()).contains(
                "truce: --set: expected a whole number from 0 to 1000000000 for \"daily-aid-trucks.minimum-per-day\", found \"abc\"");
        assertThat(Cli.run("check", "--set", "daily-aid-trucks.minimum-per-day=-3").exitCode()).isEqualTo(2);
        var unknown = Cli.run("check", "--set", "daily-trucks=3");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--set: expected a parameter of the rule set of gaza-2023-11 (daily-aid-trucks.fuel-trucks-count, daily-aid-trucks.minimum-per-day,")
                .contains("found \"daily-trucks\"");
    }

    @Test
    @DisplayName("a mistyped command gets a suggestion")
    void didYouMean() {
        var r = Cli.run("chek");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines().findFirst()).contains("truce: expected a command (check, generate, help), found \"chek\"; did you mean check?");
    }

    @Test
    @DisplayName("--help reads whole at 80 columns: no line is wider, and each command's summary is a whole sentence")
    void helpAtEightyColumns() {
        for (String[] args : new String[][]{{"--help"}, {"check", "--help"}, {"generate", "--help"}}) {
            var r = Cli.run(args);
            assertThat(r.out().lines()).as(String.join(" ", args)).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        }
        String commands = Cli.run("--help").out();
        String list = commands.substring(commands.indexOf("Commands:"), commands.indexOf("Exit codes:"));
        assertThat(list).contains("check     Checks fact sets against the terms of their agreement, as reported.")
                .contains("Writes a synthetic fact set of a bundled agreement, for benchmarks\n              and tests at scale.");
    }

    @Test
    @DisplayName("newcomer's trips: --set without '=', one message per --max option, '.' named as typed, '-' is standard output")
    void newcomersTrips() {
        assertThat(Cli.run("check", "--set", "nonsense").err().lines().findFirst()).contains(
                "truce: --set: expected NAME=VALUE, e.g. daily-aid-trucks.minimum-per-day=300, found \"nonsense\"");
        assertThat(Cli.run("check", "--set", "daily-aid-trucks.minimum-per-day=1", "--set", "daily-aid-trucks.minimum-per-day=2").err())
                .contains("truce: --set: expected each parameter once, found \"daily-aid-trucks.minimum-per-day\" again");
        assertThat(Cli.run("check", "--max-depth", "0").err().lines().findFirst())
                .contains("truce: --max-depth: expected a whole number of at least 1, found 0");
        assertThat(Cli.run("check", ".").err().lines().findFirst()).contains(".: expected a fact-set file, found a folder");
        var dash = Cli.run("check", "data/gaza-2023-11.json", "--format", "json", "-o", "-");
        assertThat(dash.exitCode()).isEqualTo(0);
        assertThat(dash.out()).startsWith("{");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    @DisplayName("a generated claim accuses the party its term binds")
    void generatedClaimsAccuseTheBoundParty() throws IOException {
        Path facts = dir.resolve("g.json");
        assertThat(Cli.run("generate", "--prisoners", "10", "--days", "5", "-o", facts.toString()).exitCode()).isZero();
        var r = Cli.run("check", facts.toString(), "--format", "json");
        assertThat(r.out()).contains("\"against\": \"Israel\"").doesNotContain("no finding of release-order against Hamas");
    }
}
