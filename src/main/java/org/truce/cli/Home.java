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

    /** The path as a user would type it: relative to the working folder where it lies below it. */
    static String display(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
