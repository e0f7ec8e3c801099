package org.truce.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The edges of escaping: the last and first characters of each range an HTML page or an anchor treats apart. */
@DisplayName("Escaping at the edges of its ranges: DEL and the C1 controls in HTML; letters, digits and the first non-ASCII character in anchors")
class EscapeEdgesTest {

    @Test
    @DisplayName("HTML: space and tilde as they are; DEL, U+0080 and U+009F as \\u text; U+00A0 as it is")
    void htmlControls() {
        assertThat(Escape.html(" ~\u007f\u0080\u009f\u00a0\u001f\t")).isEqualTo(" ~\\u007f\\u0080\\u009f\u00a0\\u001f\t");
    }

    @Test
    @DisplayName("anchors: a, z, 0, 9 and '-' kept; the characters just outside each range coded; U+007F as _7f and U+0080 as _u0080")
    void anchorRanges() {
        assertThat(Escape.anchor("x-", "az09-")).isEqualTo("x-az09-");
        assertThat(Escape.anchor("x-", "`{/:")).isEqualTo("x-_60_7b_2f_3a");
        assertThat(Escape.anchor("x-", "\u007f\u0080")).isEqualTo("x-_7f_u0080");
    }
}
