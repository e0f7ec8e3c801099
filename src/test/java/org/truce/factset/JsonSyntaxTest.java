package org.truce.factset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader's syntax messages, said as "expected …, found …" even when truce does not know the message. */
class JsonSyntaxTest {

    @Test
    @DisplayName("a message of the JSON reader that truce does not know still reads \"expected …, found …\", on one line")
    void unknownMessage() {
        String said = JsonSyntax.explain("Some new complaint of the reader\n at [Source: (file); line: 3, column: 4]");
        assertThat(said).isEqualTo("expected well-formed JSON, found what the JSON reader reports as \"Some new complaint of the reader\"");
        assertThat("f.json:3:4: days[0]: " + said).matches(FuzzTest.LOCATED);
    }
}
