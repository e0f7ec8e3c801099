package org.truce.factset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A located JSON reader over Jackson's streaming parser: scalars, lists and the problems of one file, each problem
 * with its JSON path, line and column. It knows JSON and the reading limits, not any format; {@link Schema} says
 * what the objects of a format hold.
 */
class JsonReader {

    /** How many distinct recurring strings or dates are shared before the reader stops sharing new ones. */
    private static final int SHARED_LIMIT = 100_000;

    /** A hostile file could hold millions of problems; past this many, reading stops and says so. */
    static final int MAX_PROBLEMS = 500;

    static final Comparator<Problem> BY_PLACE = Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

    final JsonParser p;
    final String file;
    final Limits limits;
    private final StrictUtf8 bytes;
    final List<Problem> problems = new ArrayList<>();
    /** One instance per distinct source id, category and date: a million prisoners share a few of each. */
    private final Map<String, String> sharedStrings = new HashMap<>();
    private final Map<String, LocalDate> dateCache = new HashMap<>();

    JsonReader(JsonParser parser, String file, StrictUtf8 bytes, Limits limits) {
        this.p = parser;
        this.file = file;
        this.bytes = bytes;
        this.limits = limits;
    }

    /** Where the current token starts. */
    JsonLocation at() {
        return p.currentTokenLocation();
    }

    JsonToken token() {
        return p.currentToken();
    }

    /** Reads a list element by element into {@code into}, skipping elements that had problems; false when it is not a list or had problems. */
    <T> boolean list(String path, List<T> into, ElementReader<T> element) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            problem(path, "expected a list, found " + describe(p.currentToken()), p.currentTokenLocation());
            p.skipChildren();
            return false;
        }
        int index = 0;
        int before = problems.size();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            T value = element.read(path + "[" + index++ + "]");
            if (value != null) {
                into.add(value);
            }
        }
        return problems.size() == before;
    }

    String string(String path) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return wrong(path, "a string");
        }
        return p.getText();
    }

    Boolean bool(String path) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        return wrong(path, "true or false");
    }

    Long count(String path, long min, long max) throws IOException {
        String expected = "a whole number from " + min + " to " + max;
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT) {
            return wrong(path, expected);
        }
        JsonParser.NumberType type;
        try {
            type = p.getNumberType();
        } catch (StreamConstraintsException e) {
            type = JsonParser.NumberType.BIG_INTEGER;
        }
        if (type == JsonParser.NumberType.BIG_INTEGER) {
            problem(path, "expected " + expected + ", found " + abbreviate(p.getText()) + " (too large)", p.currentTokenLocation());
            return null;
        }
        long value = p.getLongValue();
        if (value < min || value > max) {
            problem(path, "expected " + expected + ", found " + value, p.currentTokenLocation());
            return null;
        }
        return value;
    }

    LocalDate date(String path) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            // equivalent mutant: returning null instead: wrong() always returns null
            return wrong(path, "a date YYYY-MM-DD");
        }
        String text = p.getText();
        LocalDate known = dateCache.get(text);
        if (known != null) {
            return known;
        }
        try {
            LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            // equivalent mutant: any change to this test: the cache shares LocalDate instances (memory only); a date read is equal either way
            if (dateCache.size() < SHARED_LIMIT) {
                dateCache.put(text, date);
            }
            return date;
        } catch (DateTimeParseException e) {
            problem(path, "expected a date YYYY-MM-DD that exists, found " + quote(text), p.currentTokenLocation());
            return null;
        }
    }

    /** A date {@code YYYY-MM-DD}, or an instant with an offset (a value with a {@code T}). */
    Published published(String path) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            // equivalent mutant: returning null instead: wrong() always returns null
            return wrong(path, "a date YYYY-MM-DD or an ISO-8601 instant with an offset, e.g. \"2023-11-25T16:00+02:00\"");
        }
        String text = p.getText();
        if (text.indexOf('T') >= 0) {
            OffsetDateTime at = instant(path);
            return at == null ? null : Published.at(at);
        }
        if (text.length() != "YYYY-MM-DD".length()) {
            problem(path, "expected a date YYYY-MM-DD or an ISO-8601 instant with an offset, e.g. \"2023-11-25T16:00+02:00\", found "
                    + quote(text), p.currentTokenLocation());
            return null;
        }
        LocalDate on = date(path);
        return on == null ? null : Published.on(on);
    }

    OffsetDateTime instant(String path) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            // equivalent mutant: returning null instead: wrong() always returns null
            return wrong(path, "an ISO-8601 instant with an offset, e.g. \"2023-11-25T16:00+02:00\"");
        }
        String text = p.getText();
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            String why = text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?") ? " (no offset: add one, e.g. +02:00)" : "";
            problem(path, "expected an ISO-8601 instant with an offset, e.g. \"2023-11-25T16:00+02:00\", found " + quote(text) + why,
                    p.currentTokenLocation());
            return null;
        }
    }

    /** The one instance of a string that recurs across records (ids of sources, categories). */
    String shared(String text) {
        // equivalent mutant: any change to this test: sharing saves memory only; no code compares these strings by identity, and put(null) returns null
        if (text == null || sharedStrings.size() >= SHARED_LIMIT) {
            return text;
        }
        String known = sharedStrings.putIfAbsent(text, text);
        return known == null ? text : known;
    }

    /** Reports that the value is not what {@code expected} says, skips it, and returns null. */
    <T> T wrong(String path, String expected) throws IOException {
        problem(path, "expected " + expected + ", found " + describe(p.currentToken()), p.currentTokenLocation());
        p.skipChildren();
        return null;
    }

    String describe(JsonToken t) throws IOException {
        if (t == null) {
            // equivalent mutant: unreachable: describe is called only at a token, and the end of the file is met in read() or as Jackson's own error
            return "the end of the file";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> quote(p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> abbreviate(p.getText());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            // equivalent mutant: unreachable: describe is called at a value or after the fact set, never at an end marker or a field name
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    void problem(String path, String message, JsonLocation at) {
        if (problems.size() >= MAX_PROBLEMS) {
            throw new TooManyProblems();
        }
        problems.add(new Problem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), path, message));
    }

    // ---- problems that stop the reading ---------------------------------------------------------------

    /** The first 500 problems by place, and where reading stopped. */
    List<Problem> tooMany() {
        problems.sort(BY_PLACE);
        List<Problem> shown = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        JsonLocation at = p.currentTokenLocation();
        shown.add(new Problem(file, at.getLineNr(), at.getColumnNr(), currentPath(),
                "expected at most " + MAX_PROBLEMS + " problems in one file, found more: reading stopped here (fix these first)"));
        return shown;
    }

    Problem charConversionProblem(java.io.CharConversionException e) {
        JsonLocation at = p.currentLocation();
        StrictUtf8.Place bad = bytes.firstBad();
        // equivalent mutant: unreachable: with NULs and UTF-16 marks refused by FactSetLoader, Jackson reads UTF-8 and never throws CharConversionException
        return bad != null ? notUtf8Problem(bad)
                : new Problem(file, at.getLineNr(), at.getColumnNr(), currentPath(),
                "expected UTF-8 JSON text, found bytes that are not UTF-8 (" + e.getMessage() + ")");
    }

    private String currentPath() {
        return pathOf(p.getParsingContext(), true);
    }

    Problem syntaxProblem(JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        StrictUtf8.Place bad = bytes.firstBad();
        // Jackson cannot read past a byte that is not UTF-8 without stopping there: an error it reports at or after
        // the first such byte is that byte. In a string, Jackson places it a byte late, or at the end of a name
        // with the wrong path; where it was given 0xFE, it names a byte the file does not hold. Outside a string
        // it names the file's own byte where it stands, as for binary junk, and is left to say so.
        if (bad != null && (at.getByteOffset() < 0 || at.getByteOffset() >= bad.offset()) && (bad.stringStart() >= 0 || bad.replaced())) {
            return notUtf8Problem(bad);
        }
        return new Problem(file, at.getLineNr(), at.getColumnNr(), currentPath(), JsonSyntax.explain(e.getOriginalMessage()));
    }

    /**
     * Bytes that are not UTF-8, at the first of them. Its path is the field whose value holds them; in a field
     * name, which cannot be read, the path of the object the name is in: Jackson's context still names the field
     * before it, or none.
     */
    private Problem notUtf8Problem(StrictUtf8.Place bad) {
        String path = currentPath();
        boolean inThisValue = p.currentToken() == JsonToken.VALUE_STRING && p.currentTokenLocation().getByteOffset() == bad.stringStart();
        // equivalent mutant: >= 0 to > 0: a string at offset 0 is the root value, whose context is not in an object, so the test fails either way
        if (bad.stringStart() >= 0 && !inThisValue && p.getParsingContext().inObject()) {
            path = pathOf(p.getParsingContext(), false);
        }
        return new Problem(file, bad.line(), bad.column(), path, JsonSyntax.NOT_UTF8);
    }

    Problem limitProblem(StreamConstraintsException e) {
        JsonLocation at = p.currentLocation();
        String message = e.getOriginalMessage();
        String which;
        String more;
        if (message.contains("nesting depth")) {
            which = "objects and lists nested at most " + limits.maxNestingDepth() + " deep (--max-depth raises it)";
            more = "deeper nesting";
        } else if (message.contains("String value length")) {
            // Jackson applies the string limit to the text of any token being read, an endless number too.
            which = "strings of at most " + limits.maxStringLength() + " characters (--max-string raises it)";
            more = "a longer string or number";
        } else if (message.contains("Name length")) {
            which = "field names of at most " + Limits.MAX_NAME_LENGTH + " characters";
            more = "a longer one";
        } else if (message.contains("Number value length")) {
            which = "numbers of at most " + limits.maxNumberLength() + " digits (a count has at most 19)";
            more = "a longer one";
        } else if (message.contains("Document length")) {
            which = limits.documentLimit();
            more = "a longer one";
        } else {
            which = "a file within truce's reading limits";
            more = "more: " + message;
        }
        return new Problem(file, at.getLineNr(), at.getColumnNr(), currentPath(), "expected " + which + ", found " + more);
    }

    /** The path of a context; of an object's context without the name of its current field when {@code withName} is false. */
    private static String pathOf(JsonStreamContext context, boolean withName) {
        List<String> parts = new ArrayList<>();
        for (var c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null && (withName || c != context)) {
                parts.add(0, "." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        if (path.isEmpty()) {
            return "$";
        }
        if (path.length() > 120) {
            path = path.substring(0, 60) + "…" + path.substring(path.length() - 40);
        }
        return path.startsWith(".") ? path.substring(1) : path;
    }

    static String quote(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "…" : text;
        return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String abbreviate(String number) {
        return number.length() > 40 ? number.substring(0, 37) + "…" : number;
    }

    /** Thrown when a file has more problems than are worth listing. */
    static final class TooManyProblems extends RuntimeException {
        TooManyProblems() {
            super(null, null, false, false);
        }
    }

    @FunctionalInterface
    interface ElementReader<T> {
        T read(String path) throws IOException;
    }
}
