package org.truce.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Escaping text from a fact set for HTML and Markdown, and which addresses become links")
class EscapeTest {

    @Test
    @DisplayName("a script in a title becomes text in HTML, in character data and in quoted attributes")
    void html() {
        assertThat(Escape.html("<script>alert(1)</script>")).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(Escape.html("a \"quoted\" & 'single' title")).isEqualTo("a &quot;quoted&quot; &amp; &#39;single&#39; title");
        assertThat(Escape.html("&lt;")).isEqualTo("&amp;lt;");
        assertThat(Escape.html(null)).isEmpty();
        assertThat(Escape.html("Israel–Hamas ✓")).isEqualTo("Israel–Hamas ✓");
    }

    @Test
    @DisplayName("only http and https addresses are linked, whatever their case and surrounding spaces")
    void links() {
        assertThat(Escape.linkable("https://www.ochaopt.org/content/x")).isEqualTo("https://www.ochaopt.org/content/x");
        assertThat(Escape.linkable("  HTTP://example.org/ ")).isEqualTo("HTTP://example.org/");
        assertThat(Escape.linkable("HtTpS://example.org")).isEqualTo("HtTpS://example.org");
        assertThat(Escape.linkable("javascript:alert(1)")).isNull();
        assertThat(Escape.linkable(" JavaScript:alert(1)")).isNull();
        assertThat(Escape.linkable("data:text/html,<script>alert(1)</script>")).isNull();
        assertThat(Escape.linkable("vbscript:x")).isNull();
        assertThat(Escape.linkable("//example.org/x")).isNull();
        assertThat(Escape.linkable("https://")).isNull();
        assertThat(Escape.linkable("https://exa\nmple.org")).isNull();
        assertThat(Escape.linkable(null)).isNull();
    }

    @Test
    @DisplayName("Markdown: HTML, links, code, emphasis and table cells from a title are backslash-escaped, line breaks become spaces")
    void markdown() {
        assertThat(Escape.markdown("<script>alert(1)</script>")).isEqualTo("\\<script\\>alert(1)\\</script\\>");
        assertThat(Escape.markdown("[click](javascript:x)")).isEqualTo("\\[click\\](javascript:x)");
        assertThat(Escape.markdown("&lt; ~~struck~~")).isEqualTo("\\&lt; \\~\\~struck\\~\\~");
        assertThat(Escape.markdown("a | b `c` *d* _e_ \\")).isEqualTo("a \\| b \\`c\\` \\*d\\* \\_e\\_ \\\\");
        assertThat(Escape.markdown("line\n# heading")).isEqualTo("line # heading");
        assertThat(Escape.markdown("Flash Update #49, 200 trucks (6 accounts)")).isEqualTo("Flash Update #49, 200 trucks (6 accounts)");
    }

    @Test
    @DisplayName("a Markdown link destination cannot be closed early by a parenthesis, space or angle bracket")
    void markdownDestination() {
        assertThat(Escape.markdownDestination("https://x.org/a b)(<c>")).isEqualTo("https://x.org/a%20b%29%28%3Cc%3E");
    }

    @Test
    @DisplayName("finding and source ids become anchors of letters, digits and hyphens")
    void anchors() {
        assertThat(Escape.anchor("f-", "daily-aid-trucks/2023-11-24")).isEqualTo("f-daily-aid-trucks-2023-11-24");
        assertThat(Escape.anchor("src-", "a\"><script>")).isEqualTo("src-a---script-");
    }
}
