package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.rulebook.RuleBook;
import org.truce.rulebook.RuleBookLoader;
import org.truce.testing.RuleBooks;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.finding;
import static org.truce.testing.FactSetBuilder.facts;

/** An edited clause index whose readings the rules do not evaluate as it says is named in a note, never silent. */
@DisplayName("Readings the rules do not evaluate: a note says so, and the finding shows the reading UNDETERMINED")
class ReadingNotesTest {

    @TempDir
    Path dir;

    private RuleBook edited(String from, String to) throws Exception {
        Path rules = RuleBooks.copyBundled(dir);
        Path index = rules.resolve(RuleBookLoader.CLAUSE_INDEX);
        String text = Files.readString(index);
        assertThat(text).contains(from);
        Files.writeString(index, text.replace(from, to));
        return new RuleBookLoader().load(rules);
    }

    @Test
    @DisplayName("a reading renamed in the index, so that no rule names it: a note names it, and the finding is not made VIOLATED by its silence")
    void renamedReading() throws Exception {
        RuleBook book = edited("\"id\": \"before-midnight\"", "\"id\": \"midnight\"");
        Report r = RuleBooks.checker().check(facts().day("2023-11-25")
                .handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T23:05+02:00", "Monitor A").and().build(), book);
        assertThat(r.notes()).contains("reading midnight of clause T14 formed no obligation in this check: no rule of the rule set"
                + " evaluates it, so its findings are UNDETERMINED under it");
        Finding f = finding(r, "handover-schedule/2023-11-25");
        assertThat(f.readings()).extracting(Finding.ReadingStatus::id, Finding.ReadingStatus::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("announced-time", Status.VIOLATED),
                org.assertj.core.groups.Tuple.tuple("midnight", Status.UNDETERMINED));
        assertThat(f.status()).isEqualTo(Status.CONTESTED);
    }

    @Test
    @DisplayName("readings given to a clause whose rules ignore them: a note names the rule")
    void rulesWithoutReadings() throws Exception {
        RuleBook book = edited("\"term\": \"exchange-ratio\"", "\"term\": \"exchange-ratio\", \"readings\": ["
                + "{\"id\": \"a\", \"text\": \"A.\", \"heldBy\": [\"Monitor A\"], \"sources\": [], \"parameters\": {}},"
                + "{\"id\": \"b\", \"text\": \"B.\", \"heldBy\": [\"Monitor B\"], \"sources\": [], \"parameters\": {}}]");
        Report r = RuleBooks.checker().check(facts().day("2023-11-24").hostages(13, "Monitor A").prisoners(39, "Monitor A").and().build(), book);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("clause T04 has readings, but rule \"T04 ")
                .endsWith("evaluates it under none of them: its findings mix the readings"));
        assertThat(RuleBooks.checker().check(facts().build(), RuleBooks.bundled()).notes()).isEmpty();
    }
}
