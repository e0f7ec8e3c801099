package org.truce.testing;

import org.truce.check.Checker;
import org.truce.cli.Agreements;
import org.truce.factset.InvalidInputException;
import org.truce.rulebook.ClauseIndex;
import org.truce.rulebook.RuleBook;
import org.truce.rulebook.RuleBookLoader;

import java.nio.file.Path;

/** The bundled rule set, compiled once for all tests of a JVM. */
public final class RuleBooks {
    public static final Path BUNDLED = Path.of("rules", "gaza-2023-11");
    private static RuleBook bundled;

    private RuleBooks() {
    }

    /** A rule, valid for the bundled clause index, that throws when it fires: an evaluation failure on demand. */
    public static final String FAILING_RULE = """
            package gaza_2023_11;
            import org.truce.check.*;
            rule "T06 A rule that fails when it fires" @clause("T06") @term("daily-aid-trucks")
            when PauseDay( number == 1 )
            then throw new IllegalStateException("deliberately broken rule");
            end
            """;

    /** Copies the bundled rule set into {@code folder/rules} and returns that folder, for tests that edit a copy. */
    public static Path copyBundled(Path folder) throws java.io.IOException {
        Path rules = folder.resolve("rules");
        java.nio.file.Files.createDirectories(rules);
        try (var files = java.nio.file.Files.list(BUNDLED)) {
            for (Path f : files.toList()) {
                java.nio.file.Files.copy(f, rules.resolve(f.getFileName()));
            }
        }
        return rules;
    }

    /**
     * The bundled rules with a clause index in which only the clauses named have a provenance, written
     * {@code "press"} or {@code "one-party:Hamas"}; {@code disputed} follows the provenance, as the index requires.
     * Every other clause has none (as an index built in memory may; a loaded one may not) and keeps its
     * {@code disputed}.
     */
    public static RuleBook withProvenance(java.util.Map<String, String> provenance) {
        RuleBook book = bundled();
        ClauseIndex index = book.index();
        java.util.List<ClauseIndex.Clause> clauses = index.clauses().stream().map(c -> {
            String p = provenance.get(c.id());
            if (p == null) {
                return new ClauseIndex.Clause(c.id(), c.heading(), c.text(), c.reportedBy(), c.sources(), c.disputed(),
                        null, null, c.accounts(), c.party(), c.term(), c.notModelled(), c.readings());
            }
            String[] kind = p.split(":", 2);
            return new ClauseIndex.Clause(c.id(), c.heading(), c.text(), c.reportedBy(), c.sources(), kind[0].equals("disputed"),
                    kind[0], kind.length == 2 ? kind[1] : null, c.accounts(), c.party(), c.term(), c.notModelled(), c.readings());
        }).toList();
        return book.withIndex(new ClauseIndex(index.agreement(), index.title(), index.note(), index.parties(), index.pause(),
                index.parameters(), clauses));
    }

    /** A checker for the bundled rule set, with its agreement's summariser. */
    public static Checker checker() {
        return new Checker(Agreements.summariser(BUNDLED.getFileName().toString()));
    }

    /** A checker for the bundled rule set that tells {@code fired} of every rule activation. */
    public static Checker checker(java.util.function.Consumer<org.kie.api.definition.rule.Rule> fired) {
        return new Checker(Agreements.summariser(BUNDLED.getFileName().toString()), fired);
    }

    public static synchronized RuleBook bundled() {
        if (bundled == null) {
            bundled = bundled(BUNDLED.getFileName().toString());
        }
        return bundled;
    }

    private static final java.util.Map<String, RuleBook> AGREEMENTS = new java.util.HashMap<>();

    /** The bundled rule set of the agreement {@code id} ({@code rules/<id>}), compiled once for all tests of a JVM. */
    public static synchronized RuleBook bundled(String id) {
        RuleBook book = AGREEMENTS.get(id);
        if (book == null) {
            try {
                book = new RuleBookLoader().load(Path.of("rules", id));
            } catch (InvalidInputException e) {
                throw new AssertionError("the bundled rule set of " + id + " does not load: " + e.problems(), e);
            }
            AGREEMENTS.put(id, book);
        }
        return book;
    }

    /** The ids of the agreements bundled with truce: the folders of {@code rules/}, in order. */
    public static java.util.List<String> agreements() {
        try (var folders = java.nio.file.Files.list(Path.of("rules"))) {
            return folders.filter(java.nio.file.Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A checker for the bundled rule set of the agreement {@code id} that tells {@code fired} of every rule activation. */
    public static Checker checker(String id, java.util.function.Consumer<org.kie.api.definition.rule.Rule> fired) {
        return new Checker(Agreements.summariser(id), fired);
    }
}
