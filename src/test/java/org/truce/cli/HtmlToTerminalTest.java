package org.truce.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** An HTML or Markdown report written to standard output carries no control character from a file, as a text report carries none. */
@DisplayName("Reports for people on standard output: control characters from a fact set are shown, never sent to the terminal")
class HtmlToTerminalTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("an escape sequence in a title, a publisher and a note reaches HTML and Markdown as \\u001b text, not as ESC")
    void escapedInHtml() throws Exception {
        Path facts = dir.resolve("facts.json");
        Files.writeString(facts, """
                {"format": "truce-facts/1", "agreement": "gaza-2023-11", "title": "T \\u001b]0;owned\\u0007 x",
                 "sources": [{"id": "a", "publisher": "P\\u001b[31m", "title": "t"}],
                 "days": [{"date": "2023-11-24", "aidTrucks": [{"count": 200, "source": "a", "note": "n\\u001b[2J"}]}]}
                """);
        for (String format : new String[] {"html", "markdown"}) {
            var r = Cli.run("check", facts.toString(), "--format", format);
            assertThat(r.exitCode()).as(r.err()).isIn(0, 3);
            assertThat(r.out()).as(format).doesNotContain("\u001b").doesNotContain("\u0007").contains("\\u001b");
        }
    }
}
