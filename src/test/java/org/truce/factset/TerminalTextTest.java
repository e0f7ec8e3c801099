package org.truce.factset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Text for a terminal: what a terminal would obey, or what would break or reorder a line, is shown as an escape")
class TerminalTextTest {

    @Test
    @DisplayName("ordinary text, accents and other scripts included, is unchanged")
    void ordinaryTextUnchanged() {
        String text = "Israel–Hamas pause, “as reported” ✓ Ахмед 😀 C:\\data\\x.json #49 @cogat";
        assertThat(TerminalText.escape(text)).isSameAs(text);
        assertThat(TerminalText.escape(null)).isEmpty();
    }

    @Test
    @DisplayName("line feed, carriage return and tab are written as \\n, \\r and \\t: a value never breaks a line")
    void lineBreaks() {
        assertThat(TerminalText.escape("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
    }

    @Test
    @DisplayName("ESC, BEL, NUL, DEL and C1 controls (NEL, CSI) are written as \\u escapes")
    void controls() {
        assertThat(TerminalText.escape("ok\u001b]0;owned\u0007\u001b[2J")).isEqualTo("ok\\u001b]0;owned\\u0007\\u001b[2J");
        assertThat(TerminalText.escape("\u0000\u007f\u0080\u0085\u009b\u009f")).isEqualTo("\\u0000\\u007f\\u0080\\u0085\\u009b\\u009f");
        assertThat(TerminalText.escape("\u001f \u00a0")).as("the first and one past the last of the ranges").isEqualTo("\\u001f \u00a0");
    }

    @Test
    @DisplayName("bidi controls and line or paragraph separators are written as \\u escapes")
    void bidiAndSeparators() {
        for (char c : "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029".toCharArray()) {
            assertThat(TerminalText.escape("a" + c + "b")).isEqualTo("a\\u" + String.format("%04x", (int) c) + "b");
        }
        assertThat(TerminalText.escape("\u200d\u2027\u202f\u2065\u206a")).as("their neighbours are left alone")
                .isEqualTo("\u200d\u2027\u202f\u2065\u206a");
    }

    @Test
    @DisplayName("a lone surrogate, which no terminal can show, is written as a \\u escape; a pair is kept")
    void loneSurrogates() {
        assertThat(TerminalText.escape("a\ud800b\udc00")).isEqualTo("a\\ud800b\\udc00");
        assertThat(TerminalText.escape("\ud83d\ude00")).isEqualTo("\ud83d\ude00");
    }
}
