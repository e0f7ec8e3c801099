package org.truce.testing;

import org.truce.factset.InvalidInputException;
import org.truce.rulebook.RuleBook;
import org.truce.rulebook.RuleBookLoader;

import java.nio.file.Path;

/** The bundled rule set, compiled once for all tests of a JVM. */
public final class RuleBooks {
    public static final Path BUNDLED = Path.of("rules", "gaza-2023-11");
    private static RuleBook bundled;

    private RuleBooks() {
    }

    public static synchronized RuleBook bundled() {
        if (bundled == null) {
            try {
                bundled = new RuleBookLoader().load(BUNDLED);
            } catch (InvalidInputException e) {
                throw new AssertionError("the bundled rule set does not load: " + e.problems(), e);
            }
        }
        return bundled;
    }
}
