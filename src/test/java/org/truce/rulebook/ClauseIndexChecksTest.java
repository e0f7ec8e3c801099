package org.truce.rulebook;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.factset.InvalidInputException;
import org.truce.factset.Problem;
import org.truce.testing.RuleBooks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What the loader checks in a clause index before any rule is compiled: each check has a clause index that fails
 * it, and the exact path and message the user reads; an index at the edge of a check (one initial day) passes.
 */
@DisplayName("The clause index: every check, with the path and message it gives")
class ClauseIndexChecksTest {

    @TempDir
    Path dir;

    private static final String CLAUSE = """
            {"id": "%s", "heading": "H", "text": "t", "reportedBy": ["Monitor A"], "sources": ["S01"], "disputed": %s,
             %s "accounts": "a", "party": "Israel", %s}""";

    private static String clause(String id, boolean disputed, String provenance, String modelling) {
        // main requires a provenance: a clause given none here is known from the mediators
        return CLAUSE.formatted(id, disputed, provenance.isEmpty() ? "\"provenance\": \"mediators\"," : provenance, modelling);
    }

    private static String index(String agreement, String parties, String pause, String parameters, String... clauses) {
        return "{" + agreement + "\"title\": \"T\", \"note\": \"N\", " + parties + pause
                + "\"parameters\": [" + parameters + "], \"clauses\": [" + String.join(", ", clauses) + "]}";
    }

    private static final String GOOD_PAUSE = "\"pause\": {\"start\": \"2023-11-24T07:00+02:00\", \"initialDays\": 1, \"clauses\": []}, ";
    private static final String MODELLED = "\"term\": \"daily-aid-trucks\"";
    private static final String NOT_MODELLED = "\"notModelled\": \"why\"";

    private List<String> problems(String json) throws IOException {
        Files.writeString(dir.resolve(RuleBookLoader.CLAUSE_INDEX), json);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> new RuleBookLoader().readIndex(dir));
        assertThat(e).as("refused: %s", json).isNotNull();
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).endsWith(RuleBookLoader.CLAUSE_INDEX));
        return e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
    }

    @Test
    @DisplayName("an index with one initial day and every kind of provenance, used rightly, is read")
    void goodIndex() throws Exception {
        Files.writeString(dir.resolve(RuleBookLoader.CLAUSE_INDEX), index("\"agreement\": \"a-1\", ", "\"parties\": [\"Israel\", \"Hamas\"], ", GOOD_PAUSE,
                "{\"name\": \"p\", \"value\": 1, \"clause\": \"T1\", \"meaning\": \"m\"}, {\"name\": \"q\", \"value\": 2, \"meaning\": \"m\"}",
                clause("T1", false, "\"provenance\": \"one-party\", \"provenanceParty\": \"Hamas\",", MODELLED),
                clause("T2", true, "\"provenance\": \"disputed\",", NOT_MODELLED),
                clause("T3", false, "\"provenance\": \"press\",", NOT_MODELLED),
                clause("T4", false, "", NOT_MODELLED)));
        ClauseIndex index = new RuleBookLoader().readIndex(dir);
        assertThat(index.pause().initialDays()).isEqualTo(1);
        assertThat(index.clauses()).extracting(ClauseIndex.Clause::id).containsExactly("T1", "T2", "T3", "T4");
        assertThat(index.clause("T1")).get().extracting(ClauseIndex.Clause::provenanceParty).isEqualTo("Hamas");
        assertThat(index.clauseOfTerm("daily-aid-trucks")).get().extracting(ClauseIndex.Clause::id).isEqualTo("T1");
        assertThat(index.clauseOfTerm("release-order")).isEmpty();
    }

    @Test
    @DisplayName("the agreement, its parties and its pause: missing, empty, without an offset, or of no days")
    void agreementAndPause() throws Exception {
        assertThat(problems(index("", "", "", "", clause("T1", false, "", MODELLED)))).containsExactly(
                "agreement: expected the agreement id, found none",
                "parties: expected the parties of the agreement, found none",
                "pause: expected the pause's start and initial days, found none");
        assertThat(problems(index("\"agreement\": \"a-1\", ", "\"parties\": [\"Israel\"], ",
                "\"pause\": {\"start\": \"2023-11-24T07:00\", \"initialDays\": 0, \"clauses\": []}, ", "", clause("T1", false, "", MODELLED))))
                .containsExactly(
                        "pause.start: expected an ISO-8601 instant with an offset, found \"2023-11-24T07:00\"",
                        "pause.initialDays: expected a whole number ≥ 1, found 0");
    }

    @Test
    @DisplayName("clauses: an id, text and party each; ids once; a term or a reason it has none, never both")
    void clauses() throws Exception {
        String noId = "{\"disputed\": false, \"heading\": \"H\", \"text\": \"t\", \"party\": \"Israel\", \"notModelled\": \"why\"}";
        String noText = "{\"disputed\": false, \"id\": \"T8\", \"heading\": \"H\", \"party\": \"Israel\", \"notModelled\": \"why\"}";
        String noParty = "{\"disputed\": false, \"id\": \"T9\", \"heading\": \"H\", \"text\": \"t\", \"notModelled\": \"why\"}";
        assertThat(problems(index("\"agreement\": \"a-1\", ", "\"parties\": [\"Israel\"], ", GOOD_PAUSE, "",
                noId, noText, noParty,
                clause("T1", false, "", MODELLED),
                clause("T1", false, "", NOT_MODELLED),
                clause("T2", false, "", MODELLED + ", " + NOT_MODELLED),
                clause("T3", false, "", "\"term\": null")))).containsExactly(
                "clauses[0]: expected id, text and party, found no id",
                "clauses[1]: expected id, text and party, found no text",
                "clauses[2]: expected id, text and party, found no party",
                "clauses[4].id: expected each clause id once, found \"T1\" again",
                "clauses[5]: expected either a term or a notModelled reason, found both",
                "clauses[6]: expected either a term or a notModelled reason, found neither");
    }

    @Test
    @DisplayName("provenance: a known word; a party exactly for one-party, and a party of the agreement; disputed exactly when disputed")
    void provenance() throws Exception {
        assertThat(problems(index("\"agreement\": \"a-1\", ", "\"parties\": [\"Israel\", \"Hamas\"], ", GOOD_PAUSE, "",
                clause("T1", false, "\"provenance\": \"rumour\",", NOT_MODELLED),
                clause("T2", false, "\"provenance\": \"one-party\",", NOT_MODELLED),
                clause("T3", false, "\"provenance\": \"press\", \"provenanceParty\": \"Israel\",", NOT_MODELLED),
                clause("T4", false, "\"provenance\": \"one-party\", \"provenanceParty\": \"Qatar\",", NOT_MODELLED),
                clause("T5", false, "\"provenance\": \"disputed\",", NOT_MODELLED),
                clause("T6", true, "\"provenance\": \"mediators\",", NOT_MODELLED),
                clause("T7", true, "\"provenance\": \"disputed\",", NOT_MODELLED)))).containsExactly(
                "clauses[0].provenance: expected one of both-parties, one-party, mediators, press, disputed, found \"rumour\"",
                "clauses[1].provenanceParty: expected provenanceParty exactly when provenance is one-party, found none",
                "clauses[2].provenanceParty: expected provenanceParty exactly when provenance is one-party, found \"Israel\" with press",
                "clauses[3].provenanceParty: expected a party of the agreement, found \"Qatar\"",
                "clauses[4].disputed: expected disputed to be true exactly when provenance is disputed, found false with disputed",
                "clauses[5].disputed: expected disputed to be true exactly when provenance is disputed, found true with mediators");
    }

    @Test
    @DisplayName("parameters: a unique name each, and a clause of the index where one is named")
    void parameters() throws Exception {
        assertThat(problems(index("\"agreement\": \"a-1\", ", "\"parties\": [\"Israel\"], ", GOOD_PAUSE,
                "{\"value\": 1}, {\"name\": \"p\", \"value\": 1, \"clause\": \"T1\"}, {\"name\": \"p\", \"value\": 2}, {\"name\": \"q\", \"value\": 3, \"clause\": \"T9\"}",
                clause("T1", false, "", NOT_MODELLED)))).containsExactly(
                "parameters[0].name: expected a unique parameter name, found none",
                "parameters[2].name: expected a unique parameter name, found \"p\" again",
                "parameters[3].clause: expected a clause id of the index, found \"T9\"");
    }

    private static String reading(String id, String text, String heldBy, String parameters) {
        return "{" + (id == null ? "" : "\"id\": \"" + id + "\", ") + (text == null ? "" : "\"text\": \"" + text + "\", ")
                + "\"heldBy\": [" + heldBy + "], \"sources\": [\"S01\"], \"parameters\": {" + parameters + "}}";
    }

    @Test
    @DisplayName("readings: on a modelled clause, two or more, each a slug once, with a text and who holds it, setting only parameters of its own clause to a whole number in range; a parameter without a value set by every reading")
    void readings() throws Exception {
        String good = reading("at-least-200", "At least 200.", "\"Monitor A\"", "\"p\": 200");
        String other = reading("at-least-300", "At least 300.", "\"Monitor B\"", "\"p\": 300");
        Files.writeString(dir.resolve(RuleBookLoader.CLAUSE_INDEX), index("\"agreement\": \"a-1\", ", "\"parties\": [\"Israel\"], ", GOOD_PAUSE,
                "{\"name\": \"p\", \"clause\": \"T1\", \"meaning\": \"m\"}",
                clause("T1", true, "\"provenance\": \"disputed\",", MODELLED + ", \"readings\": [" + good + ", " + other + "]")));
        ClauseIndex index = new RuleBookLoader().readIndex(dir);
        assertThat(index.clause("T1").orElseThrow().readings()).extracting(ClauseIndex.ReadingSpec::id, r -> r.parameters().get("p"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("at-least-200", 200L), org.assertj.core.groups.Tuple.tuple("at-least-300", 300L));
        assertThat(index.parameters()).singleElement().extracting(ClauseIndex.ParameterSpec::value).isNull();

        assertThat(problems(index("\"agreement\": \"a-1\", ", "\"parties\": [\"Israel\"], ", GOOD_PAUSE,
                "{\"name\": \"p\", \"clause\": \"T1\"}, {\"name\": \"q\", \"clause\": \"T2\", \"value\": 1}, {\"name\": \"r\", \"clause\": \"T3\"}",
                clause("T1", true, "\"provenance\": \"disputed\",", MODELLED + ", \"readings\": ["
                        + reading("Two Hundred", "t", "\"Monitor A\"", "\"p\": 1") + ", "
                        + reading("x", null, "", "") + ", "
                        + reading("x", "t", "\"Monitor A\"", "\"q\": 1, \"nothing\": 2, \"p\": -5") + "]"),
                clause("T2", false, "", NOT_MODELLED + ", \"readings\": [" + good + "]"),
                clause("T3", false, "", NOT_MODELLED)))).containsExactly(
                "clauses[0].readings[0].id: expected a slug (lower-case letters, digits and dashes), found \"Two Hundred\"",
                "clauses[0].readings[1].text: expected the reading in one sentence, found none",
                "clauses[0].readings[1].heldBy: expected who holds the reading (parties, mediators, publishers), found none",
                "clauses[0].readings[2].id: expected each reading id once in the clause, found \"x\" again",
                "clauses[0].readings[2].parameters.p: expected a whole number from 0 to 1000000000, found -5",
                "clauses[0].readings[2].parameters.nothing: expected a parameter of clause T1 in the index's parameters, found none of that name",
                "clauses[0].readings[2].parameters.q: expected a parameter of clause T1 in the index's parameters, found one of clause T2",
                "clauses[1].readings: expected readings only on a clause that a term models, found 1 on a clause with none",
                "clauses[1].readings: expected two readings or more (a clause reported one way has none), found one",
                "clauses[1].readings[0].parameters.p: expected a parameter of clause T2 in the index's parameters, found one of clause T1",
                "parameters[0].value: expected a value, or one set by every reading of clause T1, found none in x",
                "parameters[2].value: expected a value, or one set by every reading of clause T3, found none");
    }

    @Test
    @DisplayName("a clause index that is not JSON, or not of the right shape, is located by line, column and path")
    void notAnIndex() throws Exception {
        assertThat(located("{\"agreement\": \"a-1\",")).singleElement().asString()
                .startsWith("1:21 : expected well-formed JSON, found a syntax error: Unexpected end-of-input");
        assertThat(located("{\"agreement\": \"a-1\", \"parties\": 7}")).singleElement().asString().startsWith("1:33 parties: ");
        assertThat(located("{\"agreement\": \"a-1\",\n \"clauses\": [{\"id\": \"T1\", \"disputed\": false, \"colour\": \"red\"}]}"))
                .singleElement().asString().startsWith("2:62 clauses[0].colour: ");
    }

    /** The problems as "line:column path: message". */
    private List<String> located(String json) throws IOException {
        Files.writeString(dir.resolve(RuleBookLoader.CLAUSE_INDEX), json);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> new RuleBookLoader().readIndex(dir));
        assertThat(e).as("refused: %s", json).isNotNull();
        return e.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.path() + ": " + p.message()).toList();
    }

    @Test
    @DisplayName("a compiled rule book lists its rules by name")
    void rulesByName() throws Exception {
        List<String> names = new RuleBookLoader().load(RuleBooks.BUNDLED).rules().stream().map(org.kie.api.definition.rule.Rule::getName).toList();
        assertThat(names).hasSizeGreaterThan(10).isSorted();
    }
}
