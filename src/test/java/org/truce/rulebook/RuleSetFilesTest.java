package org.truce.rulebook;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.factset.InvalidInputException;
import org.truce.factset.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What a rule-set folder holds beside its rules, as the user is told of it: a "DRL file" that is no file, and the
 * builder's warnings, which are shown on every run because a rule set warned about is never cached.
 */
@DisplayName("A rule-set folder: DRL names that are not files, and the builder's warnings on every run")
class RuleSetFilesTest {

    @TempDir
    Path dir;

    @TempDir
    Path cacheDir;

    private InvalidInputException refused() {
        return catchThrowableOfType(InvalidInputException.class, () -> new RuleBookLoader(new RuleCache(null)).load(dir));
    }

    @Test
    @DisplayName("a DRL name that is a link to nothing is refused in one line that says so")
    void linkToNothing() throws IOException {
        RuleBookLoaderTest.copyBundled(dir);
        Path link = Files.createSymbolicLink(dir.resolve("extra.drl"), dir.resolve("gone.drl"));
        assertThat(refused().problems()).extracting(Problem::toString)
                .containsExactly(RuleBookLoader.display(link) + ": expected a DRL file, found a link to nothing");
    }

    @Test
    @DisplayName("a DRL name that is a folder is refused in one line that says so")
    void folder() throws IOException {
        RuleBookLoaderTest.copyBundled(dir);
        Path folder = Files.createDirectory(dir.resolve("extra.drl"));
        assertThat(refused().problems()).extracting(Problem::toString)
                .containsExactly(RuleBookLoader.display(folder) + ": expected a DRL file, found a folder");
    }

    @Test
    @DisplayName("a rule the builder warns about: the warning, at its line, on every run, for the rule set is compiled every time")
    void warningsOnEveryRun() throws Exception {
        RuleBookLoaderTest.copyBundled(dir);
        // Drools warns of a rule with both an agenda-group and a ruleflow-group; the rule set still compiles.
        Path fuel = dir.resolve("daily-fuel.drl");
        String metadata = "    @clause(\"T07\") @term(\"daily-fuel\")\nwhen\n    PauseDay( $date : date )";
        String drl = Files.readString(fuel);
        assertThat(drl).contains(metadata);
        Files.writeString(fuel, drl.replace(metadata, metadata.replace("\nwhen", "\n    agenda-group \"one\"\n    ruleflow-group \"two\"\nwhen")));
        RuleCache cache = new RuleCache(cacheDir);
        for (int run = 1; run <= 2; run++) {
            RuleBookLoader loader = new RuleBookLoader(cache);
            RuleBook book = loader.load(dir);
            assertThat(loader.compiled()).as("run %d compiles", run).isEqualTo(1);
            assertThat(book.warnings()).singleElement().satisfies(w -> {
                assertThat(w.line()).isEqualTo(22);
                assertThat(w.message()).startsWith("warning: Both an agenda-group ( two ) and a ruleflow-group ( two ) are defined for rule "
                        + "T07 The daily minimum of fuel applies on every pause day.");
                assertThat(w.file()).as("the file warned about").isEqualTo(RuleBookLoader.display(fuel));
            });
        }
    }
}
