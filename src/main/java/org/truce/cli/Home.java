package org.truce.cli;

import java.nio.file.Path;

/** Where the bundled rules and data are: the folder the launcher names in {@code truce.home}, else the working folder. */
final class Home {
    static final String DEFAULT_AGREEMENT = "gaza-2023-11";

    private Home() {
    }

    static Path root() {
        return Path.of(System.getProperty("truce.home", "."));
    }

    static Path defaultFacts() {
        return root().resolve("data").resolve(DEFAULT_AGREEMENT + ".json");
    }

    static Path rulesOf(String agreement) {
        return root().resolve("rules").resolve(agreement);
    }

    /** The path as a user would type it (see {@link org.truce.factset.Problem#display}). */
    static String display(Path path) {
        return org.truce.factset.Problem.display(path);
    }
}
