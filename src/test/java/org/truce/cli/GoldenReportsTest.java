package org.truce.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports a user sees, pinned byte for byte: the bundled data in every format, and a generated fact set. A change
 * that moves code without meaning to change what users see must leave these files as they are; a change that means to
 * change them regenerates them ({@code -Dgolden.update=true}) and the diff shows the reviewer exactly what changed.
 */
@DisplayName("Golden reports: what users see does not change unless a change means it to")
class GoldenReportsTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
            "bundled, text", "bundled, json", "bundled, markdown", "bundled, html", "bundled, csv",
            "generated, json", "generated, text",
            "bundled-2025, text", "bundled-2025, json", "bundled-2025, markdown"})
    @DisplayName("a report is byte-identical to its golden copy")
    void sameAsGolden(String facts, String format) throws IOException {
        Path input = Path.of("data", facts.equals("bundled-2025") ? "gaza-2025-01.json" : "gaza-2023-11.json");
        if (facts.equals("generated")) {
            input = dir.resolve("generated.json");
            assertThat(Cli.run("generate", "--prisoners", "2000", "--days", "12", "--seed", "5", "-o", input.toString()).exitCode()).isZero();
        }
        var r = Cli.run("check", input.toString(), "--format", format, "--width", "0");
        assertThat(r.err()).isEmpty();
        String shown = r.out().replace(input.toString(), "FACTS");
        Path golden = GOLDEN.resolve(facts + "." + format);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, shown, StandardCharsets.UTF_8);
        }
        assertThat(shown).as("report differs from " + golden + " (regenerate with -Dgolden.update=true if the change is meant)")
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
