package org.truce.factset;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.truce.cli.Main;
import org.truce.rulebook.RuleSets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The published JSON Schema of {@code truce-facts/1}, {@code docs/truce-facts-1.schema.json}: written from the
 * declaration in {@link TruceFacts1}, so the two cannot drift; it accepts every good fact set and refuses what a
 * schema can say is wrong. What it cannot say, the loader still checks (see {@link #onlyTheLoaderChecks}).
 */
@DisplayName("The published JSON Schema of truce-facts/1: generated from the declaration, accepting good fact sets, refusing bad shapes")
class PublishedSchemaTest {

    static final Path SCHEMA = Path.of("docs", "truce-facts-1.schema.json");
    static final Path CORPUS = Path.of("src", "test", "resources", "bad-input");

    /** The committed schema, read when first used: the test that regenerates it runs without it. */
    private static final class Committed {
        static final com.networknt.schema.Schema VALIDATOR = read();

        private static com.networknt.schema.Schema read() {
            try {
                return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Files.readString(SCHEMA), InputFormat.JSON);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    @DisplayName("the committed file is what the declaration generates (regenerate with -Dschema.update=true)")
    void committedFileIsGenerated() throws IOException {
        String generated = TruceFacts1.jsonSchema();
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(SCHEMA, generated);
        }
        assertThat(Files.readString(SCHEMA)).as(SCHEMA + " differs from the declaration in TruceFacts1 (regenerate with -Dschema.update=true)")
                .isEqualTo(generated);
    }

    @Test
    @DisplayName("every bundled fact set validates")
    void bundledFactSetsValidate() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            List<Path> bundled = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertThat(bundled).isNotEmpty();
            for (Path file : bundled) {
                assertThat(errors(file)).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    @DisplayName("a generated fact set validates (and loads)")
    void generatedFactSetValidates(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("generated.json");
        assertThat(Main.run("generate", "--prisoners", "500", "--days", "10", "-o", file.toString())).isZero();
        assertThat(errors(file)).isEmpty();
        assertThat(new FactSetLoader(new RuleSets(Path.of("rules"), null), Limits.DEFAULT).load(file, "generated.json").prisoners()).hasSize(500);
    }

    /** Corpus files the loader refuses for a wrong type, a missing field, an unknown field, null, or a number out of range. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wrong-types", "unknown-and-missing-fields", "list-at-top", "list-where-object-belongs", "numbers-out-of-range",
            "counts-above-the-cap", "instants-without-offset", "unknown-format-version", "null-values-and-repeated-fields", "many-problems-together"})
    @DisplayName("refuses the corpus files that the loader refuses for their shape")
    void refusesBadShapes(String name) throws IOException {
        assertThat(errors(CORPUS.resolve(name + ".json"))).isNotEmpty();
    }

    /**
     * What a JSON Schema cannot express, and the loader checks: references from one list to another (sources,
     * prisoners), ids unique across the entries of a list and dates once in days, dates that do not exist, the
     * agreement's parties and terms and the findings a claim answers (they come from its rule set), the pause days
     * extensions add in all, and a release's count agreeing with its ids. Each of these fact sets is valid to the
     * schema and refused by the loader.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"references-to-nothing", "duplicate-days", "unknown-agreement", "agreement-outside-rules",
            "answers-not-a-finding", "pause-days-beyond-a-year"})
    @DisplayName("accepts what only the loader can check: references, duplicates across entries, impossible dates, the agreement's words")
    void onlyTheLoaderChecks(String name) throws IOException {
        Path file = CORPUS.resolve(name + ".json");
        assertThat(errors(file)).isEmpty();
        assertThat(loaderProblems(Files.readString(file))).isNotEmpty();
    }

    @Test
    @DisplayName("accepts a source id twice, a count that disagrees with its ids, and 30 February; the loader refuses each")
    void onlyTheLoaderChecksUniqueIdsAndCounts() throws IOException {
        String twice = """
                {"format": "truce-facts/1", "agreement": "gaza-2023-11",
                 "sources": [{"id": "s", "publisher": "p", "title": "t"}, {"id": "s", "publisher": "p", "title": "t"}], "days": []}""";
        String disagree = """
                {"format": "truce-facts/1", "agreement": "gaza-2023-11", "sources": [{"id": "s", "publisher": "p", "title": "t"}],
                 "prisoners": [{"id": "P-1", "detainedOn": "2020-01-01", "source": "s"}],
                 "days": [{"date": "2023-11-24", "prisonerReleases": [{"count": 2, "ids": ["P-1"], "source": "s"}]}]}""";
        // dates-that-do-not-exist also holds dates of the wrong shape, which the schema's pattern refuses.
        String noSuchDay = """
                {"format": "truce-facts/1", "agreement": "gaza-2023-11", "sources": [{"id": "s", "publisher": "p", "title": "t"}],
                 "days": [{"date": "2023-02-30"}]}""";
        for (String text : List.of(twice, disagree, noSuchDay)) {
            assertThat(validate(text)).isEmpty();
            assertThat(loaderProblems(text)).hasSize(1);
        }
    }

    @Test
    @DisplayName("a prisoner release needs a count or ids, and lists each prisoner once: the schema says both")
    void prisonerReleaseShape() {
        String release = """
                {"format": "truce-facts/1", "agreement": "gaza-2023-11", "sources": [{"id": "s", "publisher": "p", "title": "t"}],
                 "prisoners": [{"id": "P-1", "detainedOn": "2020-01-01", "source": "s"}],
                 "days": [{"date": "2023-11-24", "prisonerReleases": [RELEASE]}]}""";
        assertThat(validate(release.replace("RELEASE", "{\"ids\": [\"P-1\"], \"source\": \"s\"}"))).isEmpty();
        assertThat(validate(release.replace("RELEASE", "{\"source\": \"s\"}"))).isNotEmpty();
        assertThat(validate(release.replace("RELEASE", "{\"ids\": [\"P-1\", \"P-1\"], \"source\": \"s\"}"))).isNotEmpty();
    }

    private static List<com.networknt.schema.Error> errors(Path file) throws IOException {
        return validate(Files.readString(file));
    }

    private static List<com.networknt.schema.Error> validate(String text) {
        return Committed.VALIDATOR.validate(text, InputFormat.JSON);
    }

    private static List<Problem> loaderProblems(String text) {
        var loader = new FactSetLoader(new RuleSets(Path.of("rules"), null), Limits.DEFAULT);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> loader.load(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "f.json"));
        return e == null ? List.of() : e.problems();
    }
}
