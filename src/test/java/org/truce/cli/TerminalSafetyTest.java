package org.truce.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.testing.RuleBooks;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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

    @Test
    @DisplayName("a --rules folder or an --output file whose name drives the terminal: one line, the name escaped")
    void namesInErrors() {
        String name = "x\u001b]0;owned\u0007\ny: forged";
        var rules = Cli.run("check", "--rules", dir.resolve(name).toString());
        assertThat(rules.exitCode()).isEqualTo(2);
        assertThat(rules.err().lines()).hasSize(1).first().asString().startsWith(dir.resolve("x\\u001b]0;owned\\u0007\\ny: forged") + ": ");
        assertThat(rules.err()).doesNotContainPattern(RAW);

        var output = Cli.run("check", "-o", dir.resolve(name).resolve("report.txt").toString());
        assertThat(output.exitCode()).isEqualTo(2);
        assertThat(output.err().lines()).hasSize(1);
        assertThat(output.err()).doesNotContainPattern(RAW).contains("x\\u001b]0;owned\\u0007\\ny: forged");
    }

    @Test
    @DisplayName("a rule that fails with a message that drives the terminal, on a fact set with such a name: one line")
    void internalErrorLine() throws IOException {
        Path rules = RuleBooks.copyBundled(dir);
        Files.writeString(rules.resolve("broken.drl"), RuleBooks.FAILING_RULE.replace("deliberately broken rule", "broken\\n\\u001b[2J rule"));
        Path facts = dir.resolve("facts\r.json");
        Files.copy(Path.of("data", "gaza-2023-11.json"), facts);

        var r = Cli.run("check", facts.toString(), "--rules", rules.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1).first().asString().contains("facts\\r.json").contains("broken\\n\\u001b[2J rule");
        assertThat(r.err()).doesNotContainPattern(RAW);
    }

    @Test
    @DisplayName("the progress line names a fact set whose name drives the terminal by its escaped name")
    void progressLine() throws IOException {
        Path facts = dir.resolve("facts\u001b]0;owned\u0007.json");
        Files.copy(Path.of("data", "gaza-2023-11.json"), facts);
        StringWriter err = new StringWriter();

        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), true, "check", facts.toString());

        assertThat(code).isEqualTo(Main.OK);
        assertThat(err.toString()).contains("loading " + dir.resolve("facts\\u001b]0;owned\\u0007.json") + "…");
        assertThat(err.toString().replace("\r\u001b[K", "")).as("all but the progress line's own clearing").doesNotContainPattern(RAW);
    }

    @Test
    @DisplayName("an unknown option or a bad value that drives the terminal is quoted escaped in the usage error")
    void usageErrors() {
        var option = Cli.run("check", "--colour\u001b[2J\n");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err()).doesNotContainPattern(RAW).contains("--colour\\u001b[2J\\n");

        var value = Cli.run("check", "--format", "html\u001b]0;owned\u0007");
        assertThat(value.exitCode()).isEqualTo(2);
        assertThat(value.err()).doesNotContainPattern(RAW).contains("html\\u001b]0;owned\\u0007");
    }
}
