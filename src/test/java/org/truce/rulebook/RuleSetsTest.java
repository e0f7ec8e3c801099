package org.truce.rulebook;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.factset.Vocabulary;
import org.truce.testing.RuleBooks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which agreements a run knows, and the words of each that a fact set may use: only folders with a clause index count. */
@DisplayName("Rule sets: the agreements under the rules folder, and each one's parties and claimable terms")
class RuleSetsTest {

    @TempDir
    Path root;

    private void agreement(String folder) throws IOException {
        Files.createDirectories(root.resolve(folder));
        Files.copy(RuleBooks.BUNDLED.resolve(RuleBookLoader.CLAUSE_INDEX), root.resolve(folder).resolve(RuleBookLoader.CLAUSE_INDEX));
    }

    @Test
    @DisplayName("only folders with a clause index are agreements; other folders and files are not")
    void agreements() throws IOException {
        agreement("gaza-2023-11");
        Files.createDirectories(root.resolve("drafts"));
        Files.writeString(root.resolve("README.txt"), "not an agreement");
        assertThat(new RuleSets(root, null).agreements()).containsExactly("gaza-2023-11");
        assertThat(new RuleSets(root.resolve("missing"), null).agreements()).isEmpty();
        assertThat(new RuleSets(Path.of("nowhere"), RuleBooks.BUNDLED).agreements()).containsExactly("gaza-2023-11");
    }

    @Test
    @DisplayName("an agreement's words: its parties, and the term slugs and unmodelled clause ids a claim may name")
    void words() throws IOException {
        agreement("gaza-2023-11");
        Vocabulary.Agreement words = new RuleSets(root, null).agreement("gaza-2023-11").orElseThrow();
        assertThat(words.parties()).isEqualTo(Set.of("Israel", "Hamas"));
        assertThat(words.claimTerms()).contains("daily-aid-trucks", "release-order", "T01", "T02").doesNotContain("T06");
    }

    @Test
    @DisplayName("an id that is not a plain folder name, a folder without an index, or an index of another agreement: unknown")
    void unknownAgreements() throws IOException {
        agreement("gaza-2023-11");
        agreement("renamed");
        RuleSets sets = new RuleSets(root, null);
        assertThat(sets.agreement("../gaza-2023-11")).isEmpty();
        assertThat(sets.agreement("Gaza-2023-11")).isEmpty();
        assertThat(sets.agreement("drafts")).isEmpty();
        assertThat(sets.agreement("renamed")).as("its index names gaza-2023-11").isEmpty();
        assertThatThrownBy(() -> sets.book("lebanon-2024-11")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no rule set for lebanon-2024-11");
    }

    @Test
    @DisplayName("a clause index that cannot be read is reported with its problems when the agreement is looked up")
    void brokenIndex() throws IOException {
        Files.createDirectories(root.resolve("broken"));
        Files.writeString(root.resolve("broken").resolve(RuleBookLoader.CLAUSE_INDEX), "{\"agreement\": \"broken\"}");
        RuleSets sets = new RuleSets(root, null);
        assertThatThrownBy(() -> sets.agreement("broken")).isInstanceOfSatisfying(RuleSets.RuleSetException.class,
                e -> assertThat(e.problems().problems()).extracting(p -> p.path() + ": " + p.message()).containsExactly(
                        "parties: expected the parties of the agreement, found none",
                        "pause: expected the pause's start and initial days, found none"));
    }
}
