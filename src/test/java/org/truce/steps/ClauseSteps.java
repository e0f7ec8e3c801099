package org.truce.steps;

import io.cucumber.java.en.Given;
import org.truce.rulebook.ClauseIndex;
import org.truce.testing.RuleBooks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clause as reported: a feature quotes it, says whose words the quote is, names apart who else reported the
 * clause, who need not have used those words, and says how the clause is known (both parties, one party, the
 * mediators, the press, or accounts that differ). Each is checked against the clause index.
 */
public class ClauseSteps {
    private static final Pattern ATTRIBUTION = Pattern.compile("\\(([^)]*)\\)");

    /** Whose words each quoted clause is, so that "also reported by" can leave them out. */
    private final Map<String, List<String>> quotedFrom = new HashMap<>();

    /**
     * The quote must be the clause's text in the index, and each speaker must be among those who reported the clause.
     * Where the text names its speakers in brackets after its quoted passages, the speakers of the step must be exactly
     * those it names.
     */
    @Given("clause {clause}, {string}, reads, in the words of {speakers}:")
    public void clauseReads(String id, String heading, List<String> speakers, String text) {
        ClauseIndex.Clause clause = clause(id);
        assertThat(clause.heading()).as("heading of clause %s in the clause index", id).isEqualTo(heading);
        assertThat(clause.text()).as("text of clause %s in the clause index", id).isEqualTo(text.strip());
        assertThat(clause.reportedBy()).as("who reported clause %s, which must include whose words are quoted", id)
                .containsAll(speakers);
        List<String> named = attributionsIn(clause.text());
        if (!named.isEmpty()) {
            assertThat(speakers).as("the speakers of clause %s that its text names after its quotes, %s", id, named)
                    .allSatisfy(speaker -> assertThat(named).anyMatch(a -> a.contains(speaker)));
            assertThat(named).as("the attributions in the text of clause %s, each naming a speaker of the step %s", id, speakers)
                    .allSatisfy(a -> assertThat(speakers).anyMatch(a::contains));
        }
        quotedFrom.put(id, speakers);
    }

    /** The others who reported the clause: everyone the index lists, in its order, except those whose words were quoted. */
    @Given("clause {clause} was also reported, not necessarily in these words, by {string}")
    public void clauseAlsoReportedBy(String id, String names) {
        List<String> quoted = quotedFrom.get(id);
        if (quoted == null) {
            throw new IllegalStateException("quote clause " + id + " and say whose words it is before saying who also reported it");
        }
        List<String> expected = Arrays.stream(names.split(", | and ")).map(String::strip).toList();
        assertThat(clause(id).reportedBy().stream().filter(r -> !quoted.contains(r)).toList())
                .as("who reported clause %s besides %s", id, quoted).containsExactlyElementsOf(expected);
    }

    @Given("the accounts of clause {clause} differ")
    public void clauseDisputed(String id) {
        assertThat(clause(id).disputed()).as("clause %s is marked disputed", id).isTrue();
        assertThat(clause(id).provenance()).as("provenance of clause %s", id).isIn(null, "disputed");
    }

    // How a clause is known, its provenance in the clause index. Silence of a party is never agreement: a clause that one party reported and the
    // other did not mention is "one party only", never "not disputed".

    @Given("clause {clause} was reported by both parties")
    public void reportedByBothParties(String id) {
        provenance(id, "both-parties", null);
    }

    @Given("clause {clause} was reported by one party only, {party}")
    public void reportedByOneParty(String id, String party) {
        provenance(id, "one-party", party);
    }

    @Given("clause {clause} was reported by the mediators only")
    public void reportedByMediators(String id) {
        provenance(id, "mediators", null);
    }

    @Given("clause {clause} was reported by the press only")
    public void reportedByPress(String id) {
        provenance(id, "press", null);
    }

    /** A clause whose parts are known differently takes the provenance of the part its term's findings rest on (T14). */
    @Given("clause {clause}, for the time its one finding rests on \\({}), was reported by the press only")
    public void reportedByPressForItsFinding(String id, String when) {
        provenance(id, "press", null);
    }

    private static void provenance(String id, String provenance, String party) {
        ClauseIndex.Clause clause = clause(id);
        assertThat(clause.provenance()).as("provenance of clause %s", id).isEqualTo(provenance);
        assertThat(clause.provenanceParty()).as("the one party that reported clause %s", id).isEqualTo(party);
        assertThat(clause.disputed()).as("clause %s is marked disputed", id).isFalse();
    }

    /** Both parties gave accounts and they agree: a clause only one party, a mediator or the press reported fails here. */
    @Given("the parties' accounts of clause {clause} do not differ")
    public void clauseNotDisputed(String id) {
        provenance(id, "both-parties", null);
    }

    // Readings: a clause reported in more than one way is read each way, side by side; the clause index says how each
    // reading reads and who holds it.

    /** The clause has exactly these readings, in the order of the clause index. */
    @Given("clause {clause} has the readings {readings}, and no other")
    public void readings(String id, List<String> readings) {
        assertThat(clause(id).readings()).extracting(ClauseIndex.ReadingSpec::id).as("readings of clause %s in the clause index", id)
                .containsExactlyElementsOf(readings);
    }

    /** One reading of the clause, in its words in the clause index; who holds it follows in a step of its own. */
    @Given("clause {clause} has the reading {string}, which reads:")
    public void reading(String id, String reading, String text) {
        assertThat(reading(id, reading).text()).as("text of the reading %s of clause %s in the clause index", reading, id)
                .isEqualTo(text.strip());
    }

    /** Who holds one reading of the clause: each holder as the clause index names them, one a row, in its order. */
    @Given("the reading {string} of clause {clause} is held by:")
    public void readingHeldBy(String reading, String id, List<String> holders) {
        assertThat(reading(id, reading).heldBy()).as("who holds the reading %s of clause %s, as the clause index names them", reading, id)
                .containsExactlyElementsOf(holders.stream().map(String::strip).toList());
    }

    static ClauseIndex.ReadingSpec reading(String id, String reading) {
        return clause(id).readings().stream().filter(r -> r.id().equals(reading)).findFirst()
                .orElseThrow(() -> new AssertionError("clause " + id + " has no reading " + reading + "; its readings are "
                        + clause(id).readings().stream().map(ClauseIndex.ReadingSpec::id).toList()));
    }

    /** The bracketed attributions that follow a clause's quoted passages, e.g. "(Hamas press statement)". */
    static List<String> attributionsIn(String text) {
        String outsideQuotes = text.replaceAll("\"[^\"]*\"", "\"\"");
        List<String> named = new ArrayList<>();
        Matcher m = ATTRIBUTION.matcher(outsideQuotes);
        while (m.find()) {
            named.add(m.group(1));
        }
        return named;
    }

    /** The clause with this id in the clause index of a bundled agreement (clause ids differ between agreements). */
    static ClauseIndex.Clause clause(String id) {
        return RuleBooks.agreements().stream().flatMap(a -> RuleBooks.bundled(a).index().clause(id).stream()).findFirst()
                .orElseThrow(() -> new AssertionError("no clause " + id + " in the clause index of any bundled agreement"));
    }
}
