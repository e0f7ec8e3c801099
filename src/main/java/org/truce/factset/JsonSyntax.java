package org.truce.factset;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites Jackson's syntax messages into the "expected …, found …" form of every other problem, in a user's words:
 * a trailing comma, an unclosed brace, binary junk or a bad escape each say what belonged there. A message this
 * class does not know is kept, shortened to its first line and without Jackson's internal hints.
 */
final class JsonSyntax {

    private static final Pattern UNEXPECTED = Pattern.compile(
            "Unexpected character \\((?:'.*?' \\(code (\\d+)\\)|\\(CTRL-CHAR, code (\\d+)\\))\\)(?: in numeric value)?: (.*)", Pattern.DOTALL);
    private static final Pattern START_MARKER = Pattern.compile("line: (\\d+), column: (\\d+)");
    private static final Pattern CLOSE_MARKER = Pattern.compile("Unexpected close marker '(.)': expected '(.)'.*", Pattern.DOTALL);
    private static final Pattern BAD_BYTE = Pattern.compile("Invalid UTF-8 (?:start|middle) byte.*", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*", Pattern.DOTALL);
    private static final Pattern BETWEEN_TOKENS = Pattern.compile("Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*", Pattern.DOTALL);
    private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape (?:'(.)'|\\(CTRL-CHAR, code (\\d+)\\)).*", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '(.*?)'.*", Pattern.DOTALL);

    /** What any byte that is not UTF-8 is told, wherever it stands. */
    static final String NOT_UTF8 = "expected UTF-8 text, found bytes that are not UTF-8 (save the file as UTF-8: is it in another encoding, or not text at all?)";

    private static final String ANY_VALUE = "a JSON value (a string in double quotes, a number, an object, a list, true, false or null)";

    private JsonSyntax() {
    }

    static String explain(String jackson) {
        String m = jackson == null ? "" : jackson;
        Matcher x;
        if ((x = UNEXPECTED.matcher(m)).matches()) {
            int code = Integer.parseInt(x.group(1) != null ? x.group(1) : x.group(2));
            return unexpected(code, x.group(3));
        }
        if (m.startsWith("Unexpected end-of-input")) {
            Matcher at = START_MARKER.matcher(m);
            String opened = at.find() ? " opened at line " + at.group(1) + ", column " + at.group(2) : "";
            if (m.contains("close marker for Object")) {
                return "expected '}' to close the object" + opened + ", found the end of the file";
            }
            if (m.contains("close marker for Array")) {
                return "expected ']' to close the list" + opened + ", found the end of the file";
            }
            if (m.contains("VALUE_STRING")) {
                return "expected '\"' to close the string, found the end of the file";
            }
            if (m.contains("field name")) {
                return "expected '\"' to close the field name, found the end of the file";
            }
            return "expected the rest of the JSON value, found the end of the file";
        }
        if ((x = CLOSE_MARKER.matcher(m)).matches()) {
            Matcher at = START_MARKER.matcher(m);
            String what = x.group(2).equals("}") ? "the object" : "the list";
            String opened = at.find() ? " opened at line " + at.group(1) + ", column " + at.group(2) : "";
            return "expected '" + x.group(2) + "' to close " + what + opened + ", found '" + x.group(1) + "'";
        }
        if (m.startsWith("Unexpected close marker")) {
            return "expected " + ANY_VALUE + ", found a closing bracket with nothing open";
        }
        if ((x = BAD_BYTE.matcher(m)).matches()) {
            return NOT_UTF8;
        }
        if ((x = CONTROL.matcher(m)).matches()) {
            int code = Integer.parseInt(x.group(1));
            return code == 10 || code == 13
                    ? "expected a string on one line (write a line break as \\n), found a line break inside it"
                    : "expected a string without raw control characters (write them as escapes such as \\t or \\u0001), found "
                    + character(code);
        }
        if ((x = BETWEEN_TOKENS.matcher(m)).matches()) {
            return "expected JSON or white space between values, found " + character(Integer.parseInt(x.group(1)));
        }
        if ((x = ESCAPE.matcher(m)).matches()) {
            String after = x.group(1) != null ? "\\" + x.group(1) : "a backslash before " + character(Integer.parseInt(x.group(2)));
            return "expected an escape such as \\n, \\\", \\\\ or \\u00e9 after a backslash, found " + after;
        }
        if ((x = NON_STANDARD.matcher(m)).matches()) {
            return "expected a number, found " + x.group(1) + " (JSON has no such value)";
        }
        if ((x = TOKEN.matcher(m)).matches()) {
            return "expected " + ANY_VALUE + ", found the word " + shorten(x.group(1));
        }
        if (m.contains("Leading zeroes not allowed")) {
            return "expected a number without leading zeroes, found one with them";
        }
        if (m.contains("Invalid numeric value")) {
            return "expected a number, found " + firstLine(m.substring(m.indexOf(':') + 1).trim());
        }
        // A message of the reader's that none of the above knows, kept in the located "expected …, found …" form.
        return "expected well-formed JSON, found what the JSON reader reports as \"" + firstLine(m) + "\"";
    }

    private static String unexpected(int code, String expecting) {
        String found = character(code);
        if (expecting.startsWith("was expecting double-quote to start field name")) {
            return "expected a field name in double quotes, found " + found + (code == '}' ? " (remove the comma before it)" : "");
        }
        if (expecting.startsWith("expected a value")) {
            return "expected a value, found " + found + (code == ']' ? " (remove the comma before it)" : "");
        }
        if (expecting.startsWith("expected a valid value") || expecting.startsWith("expected digit")
                || expecting.startsWith("Expected space separating root-level values")) {
            return "expected " + ANY_VALUE + ", found " + found;
        }
        if (expecting.contains("comment")) {
            return "expected " + ANY_VALUE + ", found '/' (JSON has no comments)";
        }
        String missingComma = code == '"' || code == '{' || code == '[' ? " (is a comma missing before it?)"
                // equivalent mutant: < 0x80 to <= 0x80: U+0080 is a control character, not a letter or digit
                : code == '-' || code == ':' || Character.isLetterOrDigit(code) && code < 0x80 ? " (does a value lack its double quotes?)" : "";
        if (expecting.startsWith("was expecting comma to separate Object entries")) {
            return "expected ',' or '}' after a field, found " + found + missingComma;
        }
        if (expecting.startsWith("was expecting comma to separate Array entries")) {
            return "expected ',' or ']' after an element of a list, found " + found + missingComma;
        }
        if (expecting.startsWith("was expecting a colon")) {
            return "expected ':' after the field name, found " + found;
        }
        if (expecting.startsWith("expected a hex-digit")) {
            return "expected four hex digits after \\u, found " + found;
        }
        return "expected well-formed JSON, found " + found + ": " + firstLine(expecting);
    }

    /** A character as a user can see it; a byte of binary junk or of another encoding as its hex value. */
    private static String character(int code) {
        if (code < 0x20 || code == 0x7F) {
            return "a control character (code " + code + ")";
        }
        if (code == '\'') {
            return "a single quote (JSON strings and names need double quotes)";
        }
        if (code >= 0x80) {
            return String.format(Locale.ROOT, "the byte 0x%02X (binary data, or a non-ASCII character outside a string?)", code);
        }
        return "'" + (char) code + "'";
    }

    private static String firstLine(String message) {
        String line = message;
        int cut = line.indexOf('\n');
        // equivalent mutant: >= 0 to > 0: no message of Jackson's, nor the text after its colon (trimmed), starts with a line break
        if (cut >= 0) {
            line = line.substring(0, cut);
        }
        line = line.replaceAll(" ?\\(for \\w+ starting at \\[.*", "").replaceAll(" ?at \\[Source.*", "")
                .replaceAll(":? ?enable `[^`]*` to allow.*", "").replaceAll("\\(\\[Source.*", "");
        return shorten(line.trim());
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "…" : text;
    }
}
