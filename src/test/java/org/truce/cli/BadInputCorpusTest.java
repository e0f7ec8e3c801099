package org.truce.cli;

import org.truce.testing.RuleBooks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus of bad inputs under {@code src/test/resources/bad-input/}: each {@code NAME.json} is checked as a user
 * would check it, and stderr must be exactly {@code NAME.expected} (one located line per problem), with exit 2,
 * nothing on stdout and no stack trace. {@code NAME.args}, where present, holds extra options.
 */
@DisplayName("Bad input: every file of the corpus gets its exact one-line answers and exit 2")
class BadInputCorpusTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "bad-input");

    /** FILE:LINE:COL: PATH: expected …, found … — or FILE: expected …, found … where no place in the file applies. */
    static final String LOCATED = "^[^:]+(:\\d+:\\d+: \\S+)?: expected .+, found .+$";

    @TempDir
    Path dir;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("answers with the expected lines")
    void answersWithTheExpectedLines(String name) throws IOException {
        Path file = CORPUS.resolve(name + ".json");
        List<String> args = new ArrayList<>(List.of("check", file.toString()));
        Path extra = CORPUS.resolve(name + ".args");
        if (Files.exists(extra)) {
            args.addAll(List.of(Files.readString(extra).trim().split("\\s+")));
        }
        List<String> expected = Files.readAllLines(CORPUS.resolve(name + ".expected"));

        var r = Cli.run(args.toArray(String[]::new));

        assertThat(r.exitCode()).as("exit code").isEqualTo(2);
        assertThat(r.out()).as("stdout").isEmpty();
        assertThat(r.err().lines()).containsExactlyElementsOf(expected);
        assertOneLineAnswers(r.err());
        assertThat(r.err().lines()).allSatisfy(line -> assertThat(line).startsWith(file + ":"));
    }

    @Test
    @DisplayName("the corpus holds every kind of bad input the issue lists")
    void corpusCoversTheList() throws IOException {
        assertThat(cases()).contains(
                "trailing-comma-in-object", "trailing-comma-in-list", "unclosed-brace", "binary-junk", "empty-file",
                "list-at-top", "list-where-object-belongs", "wrong-types", "numbers-out-of-range", "dates-that-do-not-exist",
                "instants-without-offset", "duplicate-ids", "duplicate-days", "references-to-nothing", "count-and-ids-disagree",
                "unknown-format-version", "unknown-agreement", "agreement-outside-rules", "unknown-and-missing-fields",
                "many-problems-together", "pause-days-beyond-a-year", "counts-above-the-cap",
                "overlong-utf8-in-a-value", "overlong-utf8-in-a-field-name", "encoded-surrogate", "code-point-above-unicode");
    }

    @Test
    @DisplayName("every problem of a file is reported together, sorted by place, each naming its path")
    void allProblemsTogether() throws IOException {
        var r = Cli.run("check", CORPUS.resolve("many-problems-together.json").toString());
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines).extracting(l -> l.split(": ")[1]).containsExactly(
                "sources[0].publshed", "extensions[0].agreedOn", "extensions[0].source", "days[0].aidTrucks[0].count",
                "days[1].date", "days[1].hostageReleases[0]", "claims[0].term");
    }

    @Test
    @DisplayName("several bad files: the problems of each, and nothing evaluated")
    void severalFiles() throws IOException {
        Path one = CORPUS.resolve("duplicate-days.json");
        Path two = CORPUS.resolve("empty-file.json");
        var r = Cli.run("check", one.toString(), two.toString(), "data/gaza-2023-11.json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        List<String> expected = new ArrayList<>(Files.readAllLines(CORPUS.resolve("duplicate-days.expected")));
        expected.addAll(Files.readAllLines(CORPUS.resolve("empty-file.expected")));
        assertThat(r.err().lines()).containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("a rules folder with a DRL syntax error: the file and line, exit 2, nothing on stdout")
    void drlSyntaxError() throws IOException {
        Path rules = copyRules();
        Path aid = rules.resolve("daily-aid-trucks.drl");
        Files.writeString(aid, Files.readString(aid).replace("PauseDay( $date : date )", "PauseDay( $date : date"));
        var r = Cli.run("check", "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        int line = java.util.stream.IntStream.range(0, Files.readAllLines(aid).size())
                .filter(i -> readLine(aid, i).contains("Reading( clause == \"T06\"")).findFirst().orElseThrow() + 1;
        assertThat(r.err().lines()).containsExactly(aid + ":" + line + ": [ERR 102] Line " + line + ":4 mismatched input 'Reading' in rule "
                + "\"T06 The daily minimum of aid trucks applies on every pause day, under each reading\"");
        assertNoStackTrace(r.err());
    }

    @Test
    @DisplayName("a rules folder with no rules: says what was expected, exit 2")
    void noRules() throws IOException {
        Path rules = copyRules();
        try (Stream<Path> drl = Files.list(rules)) {
            for (Path f : drl.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Files.delete(f);
            }
        }
        var r = Cli.run("check", "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly(rules + ": expected DRL rule files (*.drl) beside clauses.json, found none");
    }

    @Test
    @DisplayName("a day outside the pause is not an error: the report notes that no term applies to it")
    void dayOutsideThePause() throws IOException {
        Path facts = dir.resolve("outside.json");
        Files.writeString(facts, """
                {"format": "truce-facts/1", "agreement": "gaza-2023-11",
                 "sources": [{"id": "cogat", "publisher": "COGAT", "title": "Aid entering Gaza"}],
                 "days": [{"date": "2023-12-15", "aidTrucks": [{"count": 200, "source": "cogat"}]}]}
                """);
        var r = Cli.run("check", facts.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("2023-12-15 is not a pause day").contains("no term applies to it")
                .doesNotContainPattern("2023-12-15\\s+daily-aid-trucks");
    }

    /** No stack trace, no exception class name, and every line in the located form. */
    static void assertOneLineAnswers(String err) {
        assertNoStackTrace(err);
        assertThat(err.lines()).isNotEmpty().allSatisfy(line -> assertThat(line).matches(LOCATED));
    }

    static void assertNoStackTrace(String err) {
        assertThat(err).doesNotContain("\tat ").doesNotContainPattern("\\b[A-Za-z]+(Exception|Error)\\b");
    }

    private Path copyRules() throws IOException {
        return RuleBooks.copyBundled(dir);
    }

    private static String readLine(Path file, int index) {
        try {
            return Files.readAllLines(file).get(index);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
