package org.truce.check;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.definition.rule.Rule;
import org.truce.rulebook.RuleBook;
import org.truce.rulebook.RuleBookLoader;
import org.truce.testing.RuleBooks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.truce.check.CheckFixture.finding;
import static org.truce.testing.FactSetBuilder.facts;

/**
 * What the checker does with what rules give it, beyond the bundled rules: it tells a listener of every rule
 * that fires; it reports an account whose obligation a rule made but never inserted; and it refuses, naming the
 * rule, an obligation of a clause the index lacks. Two rules added to a copy of the bundled set, each set off by
 * a truck report of its own source, make these happen.
 */
@DisplayName("The checker and rule authors: fired rules, accounts of obligations never inserted, clauses the index lacks")
class CheckerForRuleAuthorsTest {

    private static final String EXTRA = """
            package gaza_2023_11;
            import org.truce.check.*;

            rule "T06 An account of a day a month later, its obligation never inserted" @clause("T06") @term("daily-aid-trucks")
            when
                Figure( quantity == Quantity.AID_TRUCKS, source == "late-monitor", $date : date, $value : value )
            then
                insert(Account.of(kcontext.getRule(), Obligation.of(kcontext.getRule(), $date.plusDays(30), "a report", "a report"),
                        Status.VIOLATED, "late-monitor", "reported " + $value + " a month late"));
            end

            rule "T06 An obligation made by hand, of a clause the index lacks" @clause("T06") @term("daily-aid-trucks")
            when
                Figure( quantity == Quantity.AID_TRUCKS, source == "broken-monitor", $date : date )
            then
                insert(new Obligation("daily-aid-trucks", "T99", $date, null, null, "made by hand", "a report", "a report"));
            end
            """;

    private static RuleBook extra;

    @BeforeAll
    static void compile(@TempDir Path dir) throws Exception {
        Path rules = RuleBooks.copyBundled(dir);
        Files.writeString(rules.resolve("extra.drl"), EXTRA);
        extra = new RuleBookLoader().load(rules);
    }

    @Test
    @DisplayName("a listener hears every rule that fires: those that made each obligation and each account")
    void firedRules() {
        List<Rule> fired = new ArrayList<>();
        Report report = RuleBooks.checker(fired::add).check(facts().day("2023-11-24").trucks(150, "Monitor A").and().build(), RuleBooks.bundled());
        List<String> names = fired.stream().map(Rule::getName).toList();
        Finding aid = finding(report, "daily-aid-trucks/2023-11-24");
        assertThat(names).contains(aid.rule()).contains(aid.accounts().get(0).rule());
        String applies = "T06 The daily minimum of aid trucks applies on every pause day, under each reading";
        assertThat(names).contains(applies);
        assertThat(names.stream().filter(n -> n.equals(applies))).as("one activation per pause day and reading").hasSize(4 * 3);
    }

    @Test
    @DisplayName("an account whose obligation a rule never inserted is still a finding, on its own date")
    void accountOfAnObligationNeverInserted() {
        Report report = RuleBooks.checker().check(facts().day("2023-11-24").trucks(200, "Late Monitor").and().build(), extra);
        Finding late = finding(report, "daily-aid-trucks/2023-12-24");
        assertThat(late.status()).isEqualTo(Status.VIOLATED);
        assertThat(late.accounts()).singleElement().extracting(Finding.Account::detail).isEqualTo("reported 200 a month late");
        assertThat(late.rule()).isEqualTo("T06 An account of a day a month later, its obligation never inserted");
        assertThat(finding(report, "daily-aid-trucks/2023-11-24").readings()).filteredOn(r -> r.id().equals("200-including-fuel"))
                .singleElement().extracting(Finding.ReadingStatus::status).isEqualTo(Status.COMPLIANT);
    }

    @Test
    @DisplayName("an obligation of a clause the index lacks stops the check, naming the rule and the clause")
    void clauseTheIndexLacks() {
        assertThatThrownBy(() -> RuleBooks.checker().check(facts().day("2023-11-24").trucks(200, "Broken Monitor").and().build(), extra))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rule \"made by hand\" names clause T99, which the clause index lacks");
    }
}
