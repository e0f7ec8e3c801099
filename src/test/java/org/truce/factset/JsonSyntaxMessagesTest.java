package org.truce.factset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.truce.rulebook.RuleSets;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Each syntax mistake as the user reads it: the exact line, located, in the "expected …, found …" words truce puts
 * on the JSON reader's message, with the hint that belongs to that mistake and no other. The corpus of bad inputs
 * shows some of these in whole files; here each rewording has an input of its own.
 */
@DisplayName("JSON syntax errors: one exact located line each, in the user's words")
class JsonSyntaxMessagesTest {

    private final FactSetLoader loader = new FactSetLoader(new RuleSets(Path.of("rules"), null), Limits.DEFAULT);

    private String refusal(String json) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> loader.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "f.json"));
        assertThat(e).as("refused: %s", json).isNotNull();
        assertThat(e.problems()).as("a syntax error is the only problem reported").hasSize(1);
        return e.problems().get(0).toString();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a value, a separator or a name where something else belongs")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {1: 2}           | f.json:1:2: $: expected a field name in double quotes, found '1'
            {,}              | f.json:1:2: $: expected a field name in double quotes, found ','
            {"a": }          | f.json:1:7: a: expected a value, found '}'
            [,1]             | f.json:1:2: [0]: expected a value, found ','
            [1,]             | f.json:1:4: [1]: expected a value, found ']' (remove the comma before it)
            {"a": -}         | f.json:1:8: a: expected a JSON value (a string in double quotes, a number, an object, a list, true, false or null), found '}'
            {"a": .5}        | f.json:1:7: a: expected a JSON value (a string in double quotes, a number, an object, a list, true, false or null), found '.'
            12x              | f.json:1:3: $: expected a JSON value (a string in double quotes, a number, an object, a list, true, false or null), found 'x'
            {"a": /* c */ 1} | f.json:1:7: a: expected a JSON value (a string in double quotes, a number, an object, a list, true, false or null), found '/' (JSON has no comments)
            {"a" 1}          | f.json:1:6: a: expected ':' after the field name, found '1'
            {"a" 'x'}        | f.json:1:6: a: expected ':' after the field name, found a single quote (JSON strings and names need double quotes)
            {"a": "\\u12G4"} | f.json:1:12: a: expected four hex digits after \\u, found 'G'
            {"a": 1.}        | f.json:1:9: a: expected well-formed JSON, found '}': Decimal point not followed by a digit
            {"a": +1}        | f.json:1:8: a: expected well-formed JSON, found '+': JSON spec does not allow numbers to have plus signs
            """)
    void misplaced(String json, String expected) {
        assertThat(refusal(json)).isEqualTo(expected.replace("\\\\", "\\"));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a missing comma: the hint says why, for a value that starts something and for an unquoted word")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"a": 1 "b": 2} | f.json:1:9: a: expected ',' or '}' after a field, found '"' (is a comma missing before it?)
            {"a": 1 {}      | f.json:1:9: a: expected ',' or '}' after a field, found '{' (is a comma missing before it?)
            {"a": 1 [}      | f.json:1:9: a: expected ',' or '}' after a field, found '[' (is a comma missing before it?)
            {"a": 1 -}      | f.json:1:9: a: expected ',' or '}' after a field, found '-' (does a value lack its double quotes?)
            {"a": 1 :}      | f.json:1:9: a: expected ',' or '}' after a field, found ':' (does a value lack its double quotes?)
            {"a": 1 b}      | f.json:1:9: a: expected ',' or '}' after a field, found 'b' (does a value lack its double quotes?)
            {"a": 1 7}      | f.json:1:9: a: expected ',' or '}' after a field, found '7' (does a value lack its double quotes?)
            {"a": 1 #}      | f.json:1:9: a: expected ',' or '}' after a field, found '#'
            {"a": 1 é}      | f.json:1:9: a: expected ',' or '}' after a field, found the byte 0xC3 (binary data, or a non-ASCII character outside a string?)
            [1 "a"]         | f.json:1:4: [1]: expected ',' or ']' after an element of a list, found '"' (is a comma missing before it?)
            [1 a]           | f.json:1:4: [1]: expected ',' or ']' after an element of a list, found 'a' (does a value lack its double quotes?)
            [1 }]           | f.json:1:4: [0]: expected ']' to close the list opened at line 1, column 1, found '}'
            """)
    void missingComma(String json, String expected) {
        assertThat(refusal(json)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("the end of the file before the value is complete says what was left open, and where it opened")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `{"a": 1`         | f.json:1:8: a: expected '}' to close the object opened at line 1, column 1, found the end of the file
            `{"a": "abc`      | f.json:1:11: a: expected '"' to close the string, found the end of the file
            `{"ab`            | f.json:1:5: $: expected '"' to close the field name, found the end of the file
            `{"a":`           | f.json:1:6: a: expected the rest of the JSON value, found the end of the file
            `  \\n\\n  [\\n 1,\\n 2` | f.json:5:3: [1]: expected ']' to close the list opened at line 3, column 3, found the end of the file
            """)
    void endOfFile(String json, String expected) {
        assertThat(refusal(json.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a bracket that closes nothing, or the wrong thing")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ]            | f.json:1:1: $: expected a JSON value (a string in double quotes, a number, an object, a list, true, false or null), found a closing bracket with nothing open
            {]           | f.json:1:2: $: expected '}' to close the object opened at line 1, column 1, found ']'
            {"a": [1] ]} | f.json:1:11: a: expected '}' to close the object opened at line 1, column 1, found ']'
            """)
    void closingBrackets(String json, String expected) {
        assertThat(refusal(json)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("words that are not JSON values")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"a": tru}       | f.json:1:7: a: expected a JSON value (a string in double quotes, a number, an object, a list, true, false or null), found the word tru
            {"a": -Infinity} | f.json:1:16: a: expected a number, found -Infinity (JSON has no such value)
            {"a": 01}        | f.json:1:8: a: expected a number without leading zeroes, found one with them
            """)
    void words(String json, String expected) {
        assertThat(refusal(json)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "code {0}")
    @DisplayName("a raw control character: a line break in a string, another in a string, one between values")
    @CsvSource(delimiter = '|', textBlock = """
            13  | "x#y"  | f.json:1:9: a: expected a string on one line (write a line break as \\n), found a line break inside it
            10  | "x#y"  | f.json:1:9: a: expected a string on one line (write a line break as \\n), found a line break inside it
            7   | "x#y"  | f.json:1:9: a: expected a string without raw control characters (write them as escapes such as \\t or \\u0001), found a control character (code 7)
            2   | [1 #]  | f.json:1:11: a[0]: expected JSON or white space between values, found a control character (code 2)
            127 | [1 #]  | f.json:1:10: a[1]: expected ',' or ']' after an element of a list, found a control character (code 127)
            """)
    void controlCharacters(int code, String value, String expected) {
        assertThat(refusal("{\"a\": " + value.replace('#', (char) code) + "}")).isEqualTo(expected.replace("\\\\", "\\"));
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a byte from 0x80 up is shown as a byte; DEL, just below, as a control character")
    void bytesAndControlCharacters() {
        byte[] junk = {'{', '"', 'a', '"', ':', ' ', (byte) 0x80, '}'};
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> loader.load(new ByteArrayInputStream(junk), "f.json"));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly("f.json:1:7: a: expected a JSON value (a string in double quotes, "
                + "a number, an object, a list, true, false or null), found the byte 0x80 (binary data, or a non-ASCII character outside a string?)");
        assertThat(refusal("[\u007f]")).isEqualTo("f.json:1:2: [0]: expected a JSON value (a string in double quotes, a number, an object, a list, "
                + "true, false or null), found a control character (code 127)");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("an unknown word is shown whole up to 80 characters, and cut to 77 and an ellipsis beyond")
    void longWords() {
        String prefix = "f.json:1:7: a: expected a JSON value (a string in double quotes, a number, an object, a list, true, false or null), found the word ";
        assertThat(refusal("{\"a\": " + "x".repeat(80) + "}")).isEqualTo(prefix + "x".repeat(80));
        assertThat(refusal("{\"a\": " + "x".repeat(81) + "}")).isEqualTo(prefix + "x".repeat(77) + "…");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a number the reader calls invalid is said as \"expected a number\" with the reader's reason, on one line")
    void invalidNumber() {
        // No input of today's reader gives this message (leading zeroes and bad exponents have their own); a later one may.
        assertThat(JsonSyntax.explain("Invalid numeric value: Missing integer part (next char '.')\n at [Source: (file); line: 1, column: 7]"))
                .isEqualTo("expected a number, found Missing integer part (next char '.')");
    }
}
