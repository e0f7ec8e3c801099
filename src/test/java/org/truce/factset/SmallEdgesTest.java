package org.truce.factset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.rulebook.RuleSets;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Edges the other tests of the fact set left open: the lowest pause-day limit, a surrogate at the very end, the exception's own message. */
@DisplayName("Small edges: --max-pause-days 0, a lone surrogate at the end of a text, the message of a refusal")
class SmallEdgesTest {

    private static final String WITH_EXTENSION = "{\"format\": \"truce-facts/1\", \"agreement\": \"gaza-2023-11\", "
            + "\"sources\": [{\"id\": \"s\", \"publisher\": \"p\", \"title\": \"t\"}], \"extensions\": [{\"days\": 1, \"source\": \"s\"}], \"days\": []}";

    private static FactSet load(Limits limits, String json) throws Exception {
        return new FactSetLoader(new RuleSets(Path.of("rules"), null), limits)
                .load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "f.json");
    }

    @Test
    @DisplayName("--max-pause-days 0 is a limit like any other: a fact set with no extension is read, one extension day is refused")
    void noPauseDays() throws Exception {
        Limits none = Limits.of(Limits.DEFAULT_MAX_INPUT_MB, Limits.DEFAULT_MAX_STRING, Limits.DEFAULT_MAX_DEPTH, 0);
        assertThat(load(none, WITH_EXTENSION.replace("\"extensions\": [{\"days\": 1, \"source\": \"s\"}], ", "")).extensions()).isEmpty();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> load(none, WITH_EXTENSION));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "f.json:1:140: extensions[0].days: expected at most 0 pause days added by extensions in all (--max-pause-days raises it), found 1 more");
    }

    @Test
    @DisplayName("a high surrogate at the very end of a text, with no low one after it, is written as a \\u escape")
    void highSurrogateAtTheEnd() {
        assertThat(TerminalText.escape("a\ud800")).isEqualTo("a\\ud800");
        assertThat(TerminalText.escape("\ud83d\ude00\ud83d")).isEqualTo("\ud83d\ude00\\ud83d");
    }

    @Test
    @DisplayName("a refusal's message, as a stack trace or a log shows it, is its first problem as one line")
    void messageIsTheFirstProblem() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> load(Limits.DEFAULT, "{\"format\": \"truce-facts/2\"}"));
        assertThat(e.getMessage()).isEqualTo(e.problems().get(0).toString())
                .startsWith("f.json:1:1: $: expected a field \"agreement\", found none");
        assertThat(new InvalidInputException(List.of()).getMessage()).isEqualTo("invalid input");
    }
}
