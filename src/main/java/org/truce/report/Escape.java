package org.truce.report;

import org.truce.factset.TerminalText;

import java.util.Locale;

/** Makes text from a fact set safe to place in an HTML page or a Markdown document, and addresses safe to link. */
final class Escape {

    /**
     * The ASCII punctuation that could open markup inside a line (HTML, links, code, emphasis, strikethrough, entities,
     * table cells); each is written with a backslash before it. Parentheses and {@code !} open nothing once brackets are
     * escaped, and {@code #}, {@code -} or digits matter only at the start of a line, where fact-set text never stands.
     */
    private static final String MARKDOWN_SPECIAL = "\\`*_[]<>|~&";

    /** A zero-width space, as a character reference: put after {@code @} or {@code #}, it keeps them from linking. */
    static final String NO_LINK = "&#8203;";

    private Escape() {
    }

    /**
     * The text as HTML character data or a quoted attribute value: {@code & < > " '} become character references, and
     * control characters (C0 but tab and line breaks, DEL, C1) are written as {@code \\uXXXX}, as for a terminal, so
     * that a page written to standard output cannot drive the terminal it is shown on.
     */
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
                default -> {
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * The text as inline Markdown that renders as the same characters: punctuation that could open markup (HTML,
     * links, code, emphasis, table cells) is backslash-escaped, line breaks become spaces so a value cannot start a
     * block of its own, an {@code @} or {@code #} before a letter or digit is followed by a zero-width space so it
     * cannot mention anyone or link an issue, and other controls are escaped as for a terminal.
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
            } else if ((c == '@' || c == '#') && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))) {
                // GitHub finds mentions and issue numbers in the rendered text, after entities are decoded and
                // backslashes dropped, so neither a backslash nor &#64; stops them; a character between the sign and
                // the name does, and a zero-width space shows nothing (as Dependabot and Renovate write it). It is
                // written as an entity so that a reader of the Markdown source sees it.
                out.append(c).append(NO_LINK);
            } else {
                out.append(c);
            }
        }
        // A report read with cat in a terminal must not drive it; bidi controls are shown rather than obeyed.
        return TerminalText.escape(out.toString());
    }

    /**
     * The address, trimmed, when its scheme is http or https (any case) and it holds no character that cannot be seen;
     * null for any other address, which is shown as text only.
     */
    static String linkable(String url) {
        if (url == null) {
            return null;
        }
        String trimmed = url.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        int rest = lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : -1;
        // equivalent mutant: rest < 0 vs <= 0: rest is -1, 7 or 8, never 0.
        if (rest < 0 || trimmed.length() == rest) {
            return null;
        }
        for (int i = 0; i < trimmed.length(); i++) {
            if (unseen(trimmed.charAt(i))) {
                return null;
            }
        }
        return trimmed;
    }

    /**
     * Whether a character is a control, a format character (the bidi controls, zero-width characters, the soft
     * hyphen) or a line or paragraph separator: none can be seen, and each can hide where an address points.
     */
    private static boolean unseen(char c) {
        // An address with a right-to-left override (U+202E) in it shows as another address than the one it opens.
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * The text as HTML character data, inside {@code <bdi>} when it holds right-to-left letters or bidi controls,
     * which would otherwise reorder the page's text around it.
     */
    static String isolated(String text) {
        // Only such text is isolated, so that a page of left-to-right text stays as it was, byte for byte.
        return reorders(text) ? "<bdi>" + html(text) + "</bdi>" : html(text);
    }

    private static boolean reorders(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            switch (Character.getDirectionality(text.charAt(i))) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                        Character.DIRECTIONALITY_ARABIC_NUMBER, Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
                        Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE, Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE, Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
                        Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
                        Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE, Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** A linkable address as a Markdown link destination: characters that would end or break the link are percent-encoded. */
    static String markdownDestination(String url) {
        // equivalent mutant: the capacity (url.length() - 8) changes no output: only linkable addresses, 9 characters or more, come here.
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

    /**
     * A fragment identifier for an id, a different one for each id: lower-case ASCII letters, digits and hyphens stand
     * for themselves, any other ASCII character is written {@code _} and two hex digits, and any other character
     * {@code _u} and four: {@code some-term/2023-11-24} becomes {@code some-term_2f2023-11-24}.
     */
    static String anchor(String prefix, String id) {
        // Mapping case or punctuation onto one character made ids that differ only there share an anchor, so links to
        // one source jumped to another listed before it (security review, section 11). Each character now has a code
        // of its own that no other starts with, so different ids cannot meet, and every code is a valid fragment.
        StringBuilder out = new StringBuilder(prefix.length() + id.length() + 8).append(prefix);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
                out.append(c);
            } else if (c < 128) {
                out.append(String.format("_%02x", (int) c));
            } else {
                out.append(String.format("_u%04x", (int) c));
            }
        }
        return out.toString();
    }
}
