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
 * Which of two mistakes a user is told of, when a file holds both a syntax error and bytes that are not UTF-8, and
 * where: the one that comes first in the file, at its own line and column, with the path of the field it is in. Each
 * input sits at an edge of that choice: the error at the first byte of the file, at the byte just before the bad one,
 * at the bad byte itself; a string at the very start; an escape just before a bad field name.
 */
@DisplayName("A syntax error or bytes that are not UTF-8: the first in the file is told, at its own place")
class NotUtf8PlacesTest {

    private static final String NOT_UTF8 = "expected UTF-8 text, found bytes that are not UTF-8 (save the file as UTF-8: is it in another encoding, "
            + "or not text at all?)";
    private static final String ANY_VALUE = "a JSON value (a string in double quotes, a number, an object, a list, true, false or null)";

    private final FactSetLoader loader = new FactSetLoader(new RuleSets(Path.of("rules"), null), Limits.DEFAULT);

    /** The one problem told of a file given as text, where each character up to U+00FF stands for the byte of that value. */
    private String refusal(String latin1) {
        byte[] bytes = latin1.getBytes(StandardCharsets.ISO_8859_1);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> loader.load(new ByteArrayInputStream(bytes), "f.json"));
        assertThat(e).as("refused: %s", latin1).isNotNull();
        assertThat(e.problems()).as("a syntax error is the only problem reported").hasSize(1);
        return e.problems().get(0).toString();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("bytes that are not UTF-8 after a syntax error: the syntax error is told, even at the first byte or just before them")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            }"\u00ff"   | f.json:1:1: $: expected ANY_VALUE, found a closing bracket with nothing open
            [1}\u00ff   | f.json:1:3: [0]: expected ']' to close the list opened at line 1, column 1, found '}'
            """)
    void syntaxErrorFirst(String file, String expected) {
        assertThat(refusal(file)).isEqualTo(expected.replace("ANY_VALUE", ANY_VALUE));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("bytes that are not UTF-8 where the reader stops: they are told at their own place, not as the byte the reader was given")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {}\u00ff                             | f.json:1:3: $
            "\u00c3("                            | f.json:1:2: $
            {"title": "a\\nb", "fo\u00ffrmat": 1} | f.json:1:22: $
            {"title": "\u00c3                   | f.json:1:12: title
            """)
    void notUtf8Told(String file, String where) {
        assertThat(refusal(file)).isEqualTo(where + ": " + NOT_UTF8);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a byte that is not UTF-8 between values, read as itself, is named by its value")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            [1\u00c3(] | f.json:1:3: [1]: expected ',' or ']' after an element of a list, found the byte 0xC3 (binary data, or a non-ASCII character outside a string?)
            """)
    void byteNamed(String file, String expected) {
        assertThat(refusal(file)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a character cut short in an unquoted word: the reader's own complaint is told as bytes that are not UTF-8")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            [a\u00c3(]
            [tru\u00c3(]
            """)
    void cutShortInAWord(String file) {
        assertThat(refusal(file)).startsWith("f.json:1:").endsWith(": [0]: " + NOT_UTF8);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a space among the four hex digits of \\u is named as a space, not as a control character")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"a": "\\u12 4"} | f.json:1:12: a: expected four hex digits after \\u, found ' '
            """)
    void spaceInAnEscape(String file, String expected) {
        assertThat(refusal(file.replace("\\\\", "\\"))).isEqualTo(expected.replace("\\\\", "\\"));
    }
}
