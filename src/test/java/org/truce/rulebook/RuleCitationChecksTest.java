package org.truce.rulebook;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.factset.InvalidInputException;
import org.truce.factset.Problem;
import org.truce.testing.RuleBooks;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The citation a loaded rule set must carry, each way of getting it wrong with the exact message, in one compile. */
@DisplayName("Rule citations: half a citation, a term other than the clause's, a name without its clause id")
class RuleCitationChecksTest {

    @Test
    @DisplayName("each rule that cites badly is named, with what it lacks or has wrong")
    void badCitations(@TempDir Path dir) throws Exception {
        Path rules = RuleBooks.copyBundled(dir);
        Files.writeString(rules.resolve("bad.drl"), """
                package gaza_2023_11;
                import org.truce.check.*;
                rule "T06 Only a clause" @clause("T06")
                when PauseDay() then end
                rule "T06 Only a term" @term("daily-aid-trucks")
                when PauseDay() then end
                rule "T06 Another term" @clause("T06") @term("exchange-ratio")
                when PauseDay() then end
                rule "Aid without its clause id" @clause("T06") @term("daily-aid-trucks")
                when PauseDay() then end
                """);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> new RuleBookLoader().load(rules));
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::path, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("rule \"Aid without its clause id\"", "expected the rule name to start with its clause id T06"),
                org.assertj.core.groups.Tuple.tuple("rule \"T06 Another term\"",
                        "expected @term(\"daily-aid-trucks\") as clauses.json gives for T06, found @term(\"exchange-ratio\")"),
                org.assertj.core.groups.Tuple.tuple("rule \"T06 Only a clause\"", "expected @clause(\"…\") and @term(\"…\") metadata, found no @term"),
                org.assertj.core.groups.Tuple.tuple("rule \"T06 Only a term\"", "expected @clause(\"…\") and @term(\"…\") metadata, found no @clause"));
    }

    @Test
    @DisplayName("compile errors of a file are listed by line, whatever order the compiler finds them in")
    void compileErrorsByLine(@TempDir Path dir) throws Exception {
        Files.copy(RuleBooks.BUNDLED.resolve(RuleBookLoader.CLAUSE_INDEX), dir.resolve(RuleBookLoader.CLAUSE_INDEX));
        Files.writeString(dir.resolve("broken.drl"), """
                package gaza_2023_11;
                import org.truce.check.*;
                rule "T06 one" @clause("T06") @term("daily-aid-trucks")
                when PauseDay( nosuchfield == 1 ) then end
                rule "T06 two" @clause("T06") @term("daily-aid-trucks")
                when PauseDay( $d : date ) then insert(new NoSuchClass()); end
                rule "T06 three" @clause("T06") @term("daily-aid-trucks")
                when Nothing() then end
                rule "T06 four" @clause("T06") @term("daily-aid-trucks")
                when PauseDay( $d : date ) then insert(new AlsoMissing()); end
                rule "T06 five" @clause("T06") @term("daily-aid-trucks")
                when PauseDay( otherfield == 2 ) then end
                """);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> new RuleBookLoader(new RuleCache(null)).load(dir));
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::line).containsExactly(4, 5, 8, 9, 12);
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).endsWith("broken.drl"));
        assertThat(e.problems().get(4).message()).contains("otherfield");
    }
}
