package org.truce.factset;

/** Writes text from a fact set, a rule set or a file name so that a terminal shows it and never obeys it. */
public final class TerminalText {

    private TerminalText() {
    }

    /**
     * The text with every character that a terminal would act on, or that would break the line or reorder it, written
     * as a visible JSON-style escape: line feed, carriage return and tab as {@code \n}, {@code \r} and {@code \t}, and
     * C0 and C1 controls (ESC among them), DEL, bidi controls, line and paragraph separators and unpaired surrogates
     * as {@code \}{@code u} and four hex digits; null gives the empty text.
     */
    public static String escape(String text) {
        // The escapes are those a JSON fact set may use, so an analyst can search the file for what the line shows. A
        // backslash stays as it is: the point is a safe terminal and a whole line, and an error message that quotes a
        // value has already doubled its backslashes.
        if (text == null) {
            return "";
        }
        int first = 0;
        while (first < text.length() && !hidden(text, first)) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!hidden(text, i)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /** Whether the character at {@code i} must not reach a terminal as itself. */
    private static boolean hidden(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            return true;
        }
        if (bidiOrSeparator(c)) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    /**
     * The Arabic letter mark, the left-to-right and right-to-left marks, the embeddings, overrides and isolates, and
     * the line and paragraph separators: each reorders or breaks the text around it without being seen.
     */
    static boolean bidiOrSeparator(char c) {
        return c == '\u061c' || c == '\u200e' || c == '\u200f' || (c >= '\u2028' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
