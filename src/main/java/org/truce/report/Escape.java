package org.truce.report;

import java.util.Locale;

/** Makes text from a fact set safe to place in an HTML page or a Markdown document, and addresses safe to link. */
final class Escape {

    /**
     * The ASCII punctuation that could open markup inside a line (HTML, links, code, emphasis, strikethrough, entities,
     * table cells); each is written with a backslash before it. Parentheses and {@code !} open nothing once brackets are
     * escaped, and {@code #}, {@code -} or digits matter only at the start of a line, where fact-set text never stands.
     */
    private static final String MARKDOWN_SPECIAL = "\\`*_[]<>|~&";

    private Escape() {
    }

    /** The text as HTML character data or a quoted attribute value: {@code & < > " '} become character references. */
    static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The text as inline Markdown that renders as the same characters: punctuation that could open markup (HTML,
     * links, code, emphasis, table cells) is backslash-escaped, and line breaks become spaces so a value cannot start
     * a block of its own.
     */
    static String markdown(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (MARKDOWN_SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The address, trimmed, when its scheme is http or https (any case); null for any other address, which is shown as text only. */
    static String linkable(String url) {
        if (url == null) {
            return null;
        }
        String trimmed = url.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        int rest = lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : -1;
        if (rest < 0 || trimmed.length() == rest) {
            return null;
        }
        for (int i = 0; i < trimmed.length(); i++) {
            if (Character.isISOControl(trimmed.charAt(i))) {
                return null;
            }
        }
        return trimmed;
    }

    /** A linkable address as a Markdown link destination: characters that would end or break the link are percent-encoded. */
    static String markdownDestination(String url) {
        StringBuilder out = new StringBuilder(url.length() + 8);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            switch (c) {
                case ' ' -> out.append("%20");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '(' -> out.append("%28");
                case ')' -> out.append("%29");
                case '"' -> out.append("%22");
                case '\'' -> out.append("%27");
                case '`' -> out.append("%60");
                case '\\' -> out.append("%5C");
                case '|' -> out.append("%7C");
                case '[' -> out.append("%5B");
                case ']' -> out.append("%5D");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A fragment identifier made of the id's letters, digits and hyphens, so ids such as {@code T06/2023-11-24} can be anchors. */
    static String anchor(String prefix, String id) {
        StringBuilder out = new StringBuilder(prefix);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            out.append(Character.isLetterOrDigit(c) && c < 128 ? Character.toLowerCase(c) : '-');
        }
        return out.toString();
    }
}
