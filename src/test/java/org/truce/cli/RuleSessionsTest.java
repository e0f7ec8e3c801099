package org.truce.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kie.api.definition.rule.Rule;
import org.truce.check.Checker;
import org.truce.check.Finding;
import org.truce.check.Report;
import org.truce.factset.FactSet;
import org.truce.factset.FactSetLoader;
import org.truce.factset.InvalidInputException;
import org.truce.factset.Limits;
import org.truce.rulebook.RuleBook;
import org.truce.rulebook.RuleBookLoader;
import org.truce.rulebook.RuleCache;
import org.truce.rulebook.RuleSets;
import org.truce.rulebook.RuleSets;
import org.truce.testing.RuleBooks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.truce.testing.FactSetBuilder.facts;

/**
 * A check evaluates each term's rule file in a rule session of its own, one after the other, so that a session holds one
 * term's matches rather than every term's: a smaller working set for the collector at 10^5 prisoners and more. It must
 * conclude exactly what one session of every rule concludes. Where a folder's files are not apart (two files with rules
 * of one term, a rule reading another file's conclusions, a file that compiles only with the others), the folder is one
 * part; where a rule of one file turns out to insert a fact another file's rules match, the check evaluates every rule in
 * one session.
 */
@DisplayName("Rule sessions: one per term file, concluding exactly what one session of every rule concludes")
class RuleSessionsTest {

    /** A rule of the fuel term that relays a fuel report of "Relay Monitor" as a truck count, which the aid-truck rules read. */
    private static final String RELAY = """
                rule "T07 A relayed fuel report counted as trucks (a test's rule)"
                    @clause("T07") @term("daily-fuel")
                when
                    Figure( quantity == Quantity.FUEL_LITRES, source == "relay-monitor", $date : date, $litres : value )
                then
                    insert(new TruckCount($date, "relay-monitor", $litres, 0, 0));
                end
                """;

    @TempDir
    Path dir;

    @Test
    @DisplayName("each bundled rule set is one part per DRL file")
    void onePartPerFile() throws IOException {
        for (String agreement : RuleBooks.agreements()) {
            long files;
            try (Stream<Path> list = Files.list(Path.of("rules", agreement))) {
                files = list.filter(p -> p.toString().endsWith(".drl")).count();
            }
            assertThat(RuleBooks.bundled(agreement).parts()).as(agreement).hasSize((int) files).hasSizeGreaterThan(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "the bundled data of gaza-2023-11; data/gaza-2023-11.json",
            "the bundled data of gaza-2025-01; data/gaza-2025-01.json",
            "generated, 1500 prisoners, 14 days, partial figures and lists; generate --prisoners 1500 --days 14 --seed 3 --evidence --partial-lists",
            "generated, 800 prisoners, 40 days; generate --prisoners 800 --days 40 --seed 11",
            "generated, gaza-2025-01, 60 days; generate --agreement gaza-2025-01 --days 60 --seed 4"})
    @DisplayName("the findings, claims, notes and rules fired are those of one session of every rule")
    void sameAsOneSession(String name, String input) throws Exception {
        Path file = Path.of(input);
        if (input.startsWith("generate ")) {
            file = dir.resolve("generated.json");
            List<String> args = new java.util.ArrayList<>(Arrays.asList(input.split(" ")));
            args.addAll(List.of("-o", file.toString()));
            assertThat(Cli.run(args.toArray(String[]::new)).exitCode()).isZero();
        }
        RuleSets sets = new RuleSets(Path.of("rules"), null);
        FactSet facts = new FactSetLoader(sets, Limits.DEFAULT).load(file, file.toString());
        RuleBook book = RuleBooks.bundled(facts.agreement());
        RuleBook whole = new RuleBook(book.folder(), book.index(), book.kieBase(), book.rules());
        assertThat(book.parts()).hasSizeGreaterThan(1);
        assertThat(whole.parts()).hasSize(1);

        Map<String, Integer> firedApart = new TreeMap<>();
        Map<String, Integer> firedTogether = new TreeMap<>();
        Report apart = new Checker(Agreements.summariser(facts.agreement()), r -> count(firedApart, r)).check(facts, book);
        Report together = new Checker(Agreements.summariser(facts.agreement()), r -> count(firedTogether, r)).check(facts, whole);

        assertThat(apart.findings()).isNotEmpty().isEqualTo(together.findings());
        assertThat(apart.claims()).isEqualTo(together.claims());
        assertThat(apart.notes()).isEqualTo(together.notes());
        assertThat(firedApart).isNotEmpty().isEqualTo(firedTogether);
    }

    private static void count(Map<String, Integer> fired, Rule rule) {
        fired.merge(rule.getName(), 1, Integer::sum);
    }

    @Test
    @DisplayName("a rule that inserts a fact another file's rules match is heard: the check evaluates every rule in one session")
    void insertedFactReadElsewhere() throws Exception {
        // A rule of the fuel term relays a fuel report as a truck count, which the aid-truck rules read.
        RuleBook book = withFuelRule(RELAY);
        assertThat(book.parts()).as("the files are apart, as far as loading can tell").hasSizeGreaterThan(1);
        FactSet facts = facts().day("2023-11-24").fuelLitres(150, "Relay Monitor").and().build();

        Report report = RuleBooks.checker().check(facts, book);

        Finding aid = report.findings().stream().filter(f -> f.id().equals("daily-aid-trucks/2023-11-24")).findFirst().orElseThrow();
        assertThat(aid.accounts()).extracting(Finding.Account::sources).contains(List.of("relay-monitor"));
        assertThat(report.findings()).isEqualTo(RuleBooks.checker()
                .check(facts, new RuleBook(book.folder(), book.index(), book.kieBase(), book.rules())).findings());
    }

    @Test
    @DisplayName("a rule that deletes a fact another file's rules match is heard: the check evaluates every rule in one session")
    void deletedFactReadElsewhere() throws Exception {
        // A rule of the fuel term, first of all, takes a pause day out of the calendar for every term.
        RuleBook book = withFuelRule("""
                rule "T07 A day a monitor calls off is no pause day (a test's rule)"
                    @clause("T07") @term("daily-fuel") salience 100
                when
                    $day : PauseDay( $date : date )
                    Figure( quantity == Quantity.FUEL_LITRES, source == "calling-off-monitor", date == $date )
                then
                    delete($day);
                end
                """);
        assertThat(book.parts()).hasSizeGreaterThan(1);
        FactSet facts = facts().day("2023-11-24").fuelLitres(150, "Calling Off Monitor").trucks(100, "Monitor A").and().build();

        Report report = RuleBooks.checker().check(facts, book);

        assertThat(report.findings()).extracting(Finding::id).doesNotContain("daily-aid-trucks/2023-11-24");
        assertThat(report.findings()).isEqualTo(RuleBooks.checker()
                .check(facts, new RuleBook(book.folder(), book.index(), book.kieBase(), book.rules())).findings());
    }

    @Test
    @DisplayName("a conclusion a rule makes of another file's term is heard: the check evaluates every rule in one session")
    void conclusionOfAnotherTerm() throws Exception {
        RuleBook book = withFuelRule("""
                rule "T07 A fuel report taken for an aid-truck obligation (a test's rule)"
                    @clause("T07") @term("daily-fuel")
                when
                    Figure( quantity == Quantity.FUEL_LITRES, source == "borrowing-monitor", $date : date )
                then
                    insert(new Obligation("daily-aid-trucks", "T06", $date, "Hamas", "200-including-fuel", kcontext.getRule().getName(),
                            "a test's requirement", "a test's need"));
                end
                """);
        assertThat(book.parts()).hasSizeGreaterThan(1);
        FactSet facts = facts().day("2023-11-24").fuelLitres(150, "Borrowing Monitor").trucks(250, "Monitor A").and().build();
        assertThat(RuleBooks.checker().check(facts, book).findings())
                .isEqualTo(RuleBooks.checker().check(facts, new RuleBook(book.folder(), book.index(), book.kieBase(), book.rules())).findings());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "throws an exception | throw new IllegalStateException(\"no stop\");",
            "throws an error | throw new AssertionError(\"no stop\");",
            "fires on and on | insert(Long.valueOf(System.nanoTime()));"})
    @DisplayName("a rule that, alone, fails or fires on and on, where another file's rule would have stopped it, does not fail the check")
    void failsOnlyAlone(String what, String consequence) throws Exception {
        Path rules = RuleBooks.copyBundled(dir);
        Path aid = rules.resolve("daily-aid-trucks.drl");
        Files.writeString(aid, Files.readString(aid) + """

                rule "T06 Goes wrong unless a fuel rule said stop (a test's rule)" @clause("T06") @term("daily-aid-trucks")
                when
                    PauseDay( number == 1 )
                    not String( this == "stop" )
                    Long()
                then
                    %s
                end

                rule "T06 Starts it (a test's rule)" @clause("T06") @term("daily-aid-trucks")
                when
                    PauseDay( number == 1 )
                then
                    insert(Long.valueOf(0));
                end
                """.formatted(consequence));
        Path fuel = rules.resolve("daily-fuel.drl");
        Files.writeString(fuel, Files.readString(fuel) + """

                rule "T07 Says stop, first of all (a test's rule)" @clause("T07") @term("daily-fuel") salience 1000
                when
                    PauseDay( number == 1 )
                then
                    insert("stop");
                end
                """);
        RuleBook book = new RuleBookLoader(new RuleCache(null)).load(rules);
        assertThat(book.parts()).hasSizeGreaterThan(1);
        FactSet facts = facts().day("2023-11-24").trucks(250, "Monitor A").and().build();
        assertThat(RuleBooks.checker().check(facts, book).findings()).extracting(Finding::id).contains("daily-aid-trucks/2023-11-24");
    }

    @Test
    @DisplayName("a conclusion of another file's term, withdrawn before the session ends, is heard all the same")
    void withdrawnConclusionOfAnotherTerm() throws Exception {
        RuleBook book = withFuelRule("""
                rule "T07 A fuel report taken for an aid-truck obligation, for a while (a test's rule)"
                    @clause("T07") @term("daily-fuel") salience 100
                when
                    Figure( quantity == Quantity.FUEL_LITRES, source == "borrowing-monitor", $date : date )
                    not String( this == "withdrawn" )
                then
                    insertLogical(new Obligation("daily-aid-trucks", "T06", $date, null, "200-including-fuel", kcontext.getRule().getName(),
                            "a test's requirement", "a test's need"));
                end

                rule "T07 Withdraws it, last of all (a test's rule)"
                    @clause("T07") @term("daily-fuel") salience -100
                when
                    Figure( quantity == Quantity.FUEL_LITRES, source == "borrowing-monitor" )
                then
                    insert("withdrawn");
                end
                """);
        FactSet facts = facts().day("2023-11-24").fuelLitres(150, "Borrowing Monitor").trucks(250, "Monitor A").and().build();
        Map<String, Integer> apart = new TreeMap<>();
        Map<String, Integer> together = new TreeMap<>();
        Report split = RuleBooks.checker(r -> count(apart, r)).check(facts, book);
        Report whole = RuleBooks.checker(r -> count(together, r)).check(facts, new RuleBook(book.folder(), book.index(), book.kieBase(), book.rules()));
        assertThat(split.findings()).isEqualTo(whole.findings());
        assertThat(apart).isEqualTo(together);
    }

    @Test
    @DisplayName("after a run set aside, a listener hears the rules of the one-session run only, each as often as it fired there")
    void firedOnceOnFallback() throws Exception {
        RuleBook book = withFuelRule(RELAY);
        FactSet facts = facts().day("2023-11-24").fuelLitres(150, "Relay Monitor").and().build();
        Map<String, Integer> apart = new TreeMap<>();
        Map<String, Integer> together = new TreeMap<>();
        RuleBooks.checker(r -> count(apart, r)).check(facts, book);
        RuleBooks.checker(r -> count(together, r)).check(facts, new RuleBook(book.folder(), book.index(), book.kieBase(), book.rules()));
        assertThat(apart).isNotEmpty().isEqualTo(together);
    }

    @Test
    @DisplayName("a rule that reaches the session itself (here to halt it) keeps the folder one part")
    void reachesTheSession() throws Exception {
        RuleBook book = withFuelRule("""
                rule "T07 Stops everything (a test's rule)"
                    @clause("T07") @term("daily-fuel")
                when
                    Figure( quantity == Quantity.FUEL_LITRES, source == "nobody-at-all" )
                then
                    drools.halt();
                end
                """);
        assertThat(book.parts()).hasSize(1);
    }

    @Test
    @DisplayName("files that compile one by one but not together load; a check that needs them together is refused with why")
    void compileOnlyApart() throws Exception {
        Path rules = RuleBooks.copyBundled(dir);
        Path aid = rules.resolve("daily-aid-trucks.drl");
        Files.writeString(aid, Files.readString(aid).replace("import org.truce.factset.Bound;", "import org.truce.factset.Bound;\nimport java.sql.Date;"));
        // The fuel term's file imports another class of that name: each file compiles alone, not both together.
        RuleBook book = withFuelRule("import java.util.Date;\n\n" + RELAY);
        assertThat(book.parts()).hasSizeGreaterThan(1);
        assertThat(RuleBooks.checker().check(facts().day("2023-11-24").fuelLitres(150, "Monitor A").and().build(), book).findings())
                .as("a check that needs nothing together").isNotEmpty();
        assertThatThrownBy(() -> RuleBooks.checker().check(facts().day("2023-11-24").fuelLitres(150, "Relay Monitor").and().build(), book))
                .isInstanceOf(RuleSets.RuleSetException.class)
                .satisfies(e -> assertThat(((RuleSets.RuleSetException) e).problems().problems().get(0).toString())
                        .contains("expected rule files that compile together"));
    }

    @Test
    @DisplayName("a file of no rules is no part, and the rule set is cached like any other")
    void fileOfNoRules() throws Exception {
        Path rules = RuleBooks.copyBundled(dir);
        Files.writeString(rules.resolve("zz-notes.drl"), "package gaza_2023_11;\n");
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Files.setPosixFilePermissions(cache, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        RuleBookLoader first = new RuleBookLoader(new RuleCache(cache));
        assertThat(first.load(rules).parts()).hasSize(RuleBooks.bundled().parts().size());
        RuleBookLoader second = new RuleBookLoader(new RuleCache(cache));
        assertThat(second.load(rules).parts()).hasSize(RuleBooks.bundled().parts().size());
        assertThat(second.fromCache()).isEqualTo(1);
    }

    /** A copy of the bundled rules (in {@code dir/rules}) with {@code rule} added to the fuel term's file, loaded without a cache. */
    private RuleBook withFuelRule(String rule) throws Exception {
        Path rules = Files.exists(dir.resolve("rules").resolve("clauses.json")) ? dir.resolve("rules") : RuleBooks.copyBundled(dir);
        Path fuel = rules.resolve("daily-fuel.drl");
        Files.writeString(fuel, Files.readString(fuel) + "\n" + rule);
        return new RuleBookLoader(new RuleCache(null)).load(rules);
    }

    @Test
    @DisplayName("two files with rules of one term are one part")
    void oneTermTwoFiles() throws Exception {
        Path rules = RuleBooks.copyBundled(dir);
        Files.writeString(rules.resolve("more-aid.drl"), """
                package gaza_2023_11;
                import org.truce.agreements.gaza_2023_11.*;

                rule "T06 A second file's rule of the aid-truck term (a test's rule)" @clause("T06") @term("daily-aid-trucks")
                when
                    Figure( quantity == Quantity.AID_TRUCKS, source == "nobody-at-all" )
                then
                end
                """);
        assertThat(new RuleBookLoader(new RuleCache(null)).load(rules).parts()).hasSize(1);
    }

    @Test
    @DisplayName("a file whose rules read another term's obligations is one part with the others")
    void readsAnotherTermsConclusions() throws Exception {
        RuleBook book = withFuelRule("""
                rule "T07 Fuel is due where aid trucks are due (a test's rule)"
                    @clause("T07") @term("daily-fuel")
                when
                    Obligation( term == "daily-aid-trucks", to == null, $date : date )
                then
                end
                """);
        assertThat(book.parts()).hasSize(1);
        assertThat(RuleBooks.checker().check(facts().day("2023-11-24").trucks(200, "Monitor A").and().build(), book).findings()).isNotEmpty();
    }

    @Test
    @DisplayName("a rule of an activation group (which rules of other files may share) keeps the folder one part")
    void activationGroup() throws Exception {
        RuleBook book = withFuelRule("""
                rule "T07 A rule of an activation group (a test's rule)"
                    @clause("T07") @term("daily-fuel") activation-group "one-of-us"
                when
                    Figure( quantity == Quantity.FUEL_LITRES, source == "nobody-at-all" )
                then
                end
                """);
        assertThat(book.parts()).hasSize(1);
    }

    @Test
    @DisplayName("a file that compiles only beside the others (a function of another file) is one part with them, and checks")
    void compilesOnlyTogether() throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("rules")).resolve("helpers.drl"), """
                package gaza_2023_11;
                function String monitorOf(String source) { return "monitor " + source; }
                """);
        RuleBook book = withFuelRule("""
                rule "T07 A rule calling another file's function (a test's rule)"
                    @clause("T07") @term("daily-fuel")
                when
                    Figure( quantity == Quantity.FUEL_LITRES, source == "nobody-at-all", $source : source )
                then
                    String monitor = monitorOf($source);
                end
                """);
        assertThat(book.parts()).hasSize(1);
        assertThat(RuleBooks.checker().check(facts().day("2023-11-24").fuelLitres(150, "Monitor A").and().build(), book).findings()).isNotEmpty();
    }

    @Test
    @DisplayName("two files with a rule of one name are refused, as when they compiled together")
    void oneRuleNameTwoFiles() throws Exception {
        Path rules = RuleBooks.copyBundled(dir);
        String name = "T06 The daily minimum of aid trucks applies on every pause day, under each reading";
        Files.writeString(rules.resolve("again.drl"), """
                package gaza_2023_11;
                import org.truce.check.PauseDay;

                rule "%s" @clause("T06") @term("daily-aid-trucks")
                when
                    PauseDay( number == 99 )
                then
                end
                """.formatted(name));
        assertThatThrownBy(() -> new RuleBookLoader(new RuleCache(null)).load(rules)).isInstanceOf(InvalidInputException.class);
    }
}
