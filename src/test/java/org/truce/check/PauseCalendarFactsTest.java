package org.truce.check;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.rulebook.RuleBook;
import org.truce.rulebook.RuleBookLoader;
import org.truce.testing.RuleBooks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.testing.FactSetBuilder.facts;

/**
 * The calendar facts a rule author writes rules against: each {@code PauseDay} with its number from 1, whether an
 * extension added it and its epoch day, and the {@code Pause} with its first day, last initial day, last day and
 * initial length. Rules added to the bundled set that only echo those facts show them as the rules see them.
 */
@DisplayName("The pause calendar as the rules see it: PauseDay and Pause facts")
class PauseCalendarFactsTest {

    /** Added to the bundled rules: an account on each finding of two terms that only says what the rules see. */
    private static final String ECHO = """
            package gaza_2023_11;
            import org.truce.check.*;

            rule "T06 Each pause day says what it is" @clause("T06") @term("daily-aid-trucks")
            when
                $obligation : Obligation( term == "daily-aid-trucks", reading == "200-including-fuel", $date : date )
                PauseDay( date == $date, $number : number, $extension : extension, $epochDay : epochDay )
            then
                insert(Account.of(kcontext.getRule(), $obligation, Status.COMPLIANT, "calendar",
                        "day " + $number + ($extension ? " (extension)" : "") + ", epoch day " + $epochDay));
            end

            rule "T03 The pause says what it is" @clause("T03") @term("initial-hostages")
            when
                $obligation : Obligation( term == "initial-hostages" )
                Pause( $first : firstDay, $lastInitial : lastInitialDay, $last : lastDay, $initial : initialDays )
            then
                insert(Account.of(kcontext.getRule(), $obligation, Status.COMPLIANT, "calendar",
                        $initial + " initial days from " + $first + " to " + $lastInitial + ", the last day " + $last));
            end
            """;

    private static RuleBook echo;

    @BeforeAll
    static void compile(@TempDir Path dir) throws Exception {
        Path rules = RuleBooks.copyBundled(dir);
        Files.writeString(rules.resolve("echo.drl"), ECHO);
        echo = new RuleBookLoader().load(rules);
    }

    /** What the echo rules said on each finding of the term, as "date: detail". */
    private static List<String> echoed(Report report, String term) {
        return report.findings().stream().filter(f -> f.term().equals(term))
                .flatMap(f -> f.accounts().stream().filter(a -> a.sources().equals(List.of("calendar"))).map(a -> f.date() + ": " + a.detail()))
                .toList();
    }

    @Test
    @DisplayName("pause days are numbered from 1; extension days follow the initial four and say so")
    void pauseDays() {
        Report report = RuleBooks.checker().check(facts().extension(2, "Qatar MFA").build(), echo);
        assertThat(echoed(report, "daily-aid-trucks")).containsExactly(
                        "2023-11-24: day 1, epoch day 19685",
                        "2023-11-25: day 2, epoch day 19686",
                        "2023-11-26: day 3, epoch day 19687",
                        "2023-11-27: day 4, epoch day 19688",
                        "2023-11-28: day 5 (extension), epoch day 19689",
                        "2023-11-29: day 6 (extension), epoch day 19690");
    }

    @Test
    @DisplayName("the pause: four initial days from the start of the clause index, and the last day with every extension")
    void pause() {
        Report report = RuleBooks.checker().check(facts().extension(2, "Qatar MFA").extension(1, "Monitor A").build(), echo);
        assertThat(echoed(report, "initial-hostages")).containsExactly(
                        "2023-11-27: 4 initial days from 2023-11-24 to 2023-11-27, the last day 2023-11-30");
        assertThat(echoed(RuleBooks.checker().check(facts().build(), echo), "initial-hostages"))
                .containsExactly("2023-11-27: 4 initial days from 2023-11-24 to 2023-11-27, the last day 2023-11-27");
    }
}
