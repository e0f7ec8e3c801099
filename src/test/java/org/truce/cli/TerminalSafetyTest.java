package org.truce.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text from a fact set or a file name never reaches the terminal raw: what a terminal would obey, and what would end a
 * line, is shown as an escape, so an error stays on its line and a report cannot forge lines or drive the terminal.
 */
@DisplayName("The terminal: fact-set text and file names are shown, never obeyed, and an error stays one line")
class TerminalSafetyTest {

    /** Anything a terminal could act on, or that breaks or reorders a line (the newline of each line aside). */
    static final String RAW = "[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069]";

    @TempDir
    Path dir;

    @Test
    @DisplayName("a field name that forges a second error line, in a file whose name holds a newline: one line per problem")
    void forgedErrorLine() throws IOException {
        Path file = dir.resolve("bad\nname.json");
        Files.writeString(file, """
                {
                  "format": "truce-facts/1",
                  "agreement": "gaza-2023-11",
                  "x\\ny: forged.json:1:1: $: second line\\u001b[31m": 1,
                  "sources": [{"id": "cogat", "publisher": "COGAT", "title": "Aid entering Gaza"}],
                  "days": [{"date": "2023-11-24", "aidTrucks": [{"count": -5, "source": "cogat"}]}]
                }
                """);

        var r = Cli.run("check", file.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        String shown = dir.resolve("bad\\nname.json").toString();
        assertThat(r.err().lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith(shown + ":"));
        assertThat(r.err()).doesNotContainPattern(RAW).contains("x\\ny: forged.json:1:1: $: second line\\u001b[31m");
    }
}
