package org.truce.report;

import org.junit.jupiter.api.DisplayName;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
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
    @DisplayName("an address holding a bidi control, a zero-width character or a line separator is not linked")
    void unseenCharactersInLinks() {
        for (char c : "\u202e\u202a\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200b\u00ad\u2028\u2029".toCharArray()) {
            assertThat(Escape.linkable("https://" + c + "example.com/moc.elgoog")).as("U+%04X", (int) c).isNull();
        }
        assertThat(Escape.linkable("https://example.com/Ахмед")).isEqualTo("https://example.com/Ахмед");
    }

    @Test
    @DisplayName("text holding right-to-left letters or bidi controls is isolated in <bdi>; other text is only escaped")
    void isolated() {
        assertThat(Escape.isolated("COGAT <b>")).isEqualTo("COGAT &lt;b&gt;");
        assertThat(Escape.isolated("\u202eROTSOPMI")).isEqualTo("<bdi>\u202eROTSOPMI</bdi>");
        assertThat(Escape.isolated("\u05e9\u05dc\u05d5\u05dd")).isEqualTo("<bdi>\u05e9\u05dc\u05d5\u05dd</bdi>");
        assertThat(Escape.isolated("\u0633\u0644\u0627\u0645 & co")).isEqualTo("<bdi>\u0633\u0644\u0627\u0645 &amp; co</bdi>");
        assertThat(Escape.isolated(null)).isEmpty();
    }

    @Test
    @DisplayName("Markdown: HTML, links, code, emphasis and table cells from a title are backslash-escaped, line breaks become spaces")
    void markdown() {
        assertThat(Escape.markdown("<script>alert(1)</script>")).isEqualTo("\\<script\\>alert(1)\\</script\\>");
        assertThat(Escape.markdown("[click](javascript:x)")).isEqualTo("\\[click\\](javascript:x)");
        assertThat(Escape.markdown("&lt; ~~struck~~")).isEqualTo("\\&lt; \\~\\~struck\\~\\~");
        assertThat(Escape.markdown("a | b `c` *d* _e_ \\")).isEqualTo("a \\| b \\`c\\` \\*d\\* \\_e\\_ \\\\");
        assertThat(Escape.markdown("line\n# heading")).isEqualTo("line # heading");
        assertThat(Escape.markdown("Flash Update #49, 200 trucks (6 accounts)")).isEqualTo("Flash Update #&#8203;49, 200 trucks (6 accounts)");
    }

    @Test
    @DisplayName("Markdown: an @ or # before a name or a number gets a zero-width space after it, so it mentions no one and links no issue")
    void markdownMentions() {
        assertThat(Escape.markdown("@some-analyst see #12 and org/repo#3, GH @team")).isEqualTo(
                "@&#8203;some-analyst see #&#8203;12 and org/repo#&#8203;3, GH @&#8203;team");
        assertThat(Escape.markdown("C# and # 1, @ noon, 100%#")).as("no name or number after the sign").isEqualTo("C# and # 1, @ noon, 100%#");
        assertThat(Escape.markdown("press@example.org")).isEqualTo("press@&#8203;example.org");
    }

    @Test
    @DisplayName("Markdown: ESC, other controls and bidi controls are shown as escapes, never written raw")
    void markdownControls() {
        assertThat(Escape.markdown("ok\u001b[2J\u0007 \u202eROTSOPMI\u2028x")).isEqualTo("ok\\u001b\\[2J\\u0007 \\u202eROTSOPMI\\u2028x");
    }

    @Test
    @DisplayName("a Markdown link destination cannot be closed early by a parenthesis, space or angle bracket")
    void markdownDestination() {
        assertThat(Escape.markdownDestination("https://x.org/a b)(<c>")).isEqualTo("https://x.org/a%20b%29%28%3Cc%3E");
    }

    @Test
    @DisplayName("finding and source ids become anchors of lower-case letters, digits, hyphens and _ codes")
    void anchors() {
        assertThat(Escape.anchor("f-", "daily-aid-trucks/2023-11-24")).isEqualTo("f-daily-aid-trucks_2f2023-11-24");
        assertThat(Escape.anchor("src-", "latestly-tps-cogat-2023-11-26")).isEqualTo("src-latestly-tps-cogat-2023-11-26");
        assertThat(Escape.anchor("src-", "a\"><script>")).isEqualTo("src-a_22_3e_3cscript_3e");
        assertThat(Escape.anchor("c-", "Ахмед é_1")).isEqualTo("c-_u0410_u0445_u043c_u0435_u0434_20_u00e9_5f1");
    }

    @Test
    @DisplayName("ids that differ only by case or punctuation get different anchors")
    void anchorsDoNotCollide() {
        assertThat(Escape.anchor("src-", "LATESTLY-TPS-COGAT-2023-11-26")).isNotEqualTo(Escape.anchor("src-", "latestly-tps-cogat-2023-11-26"));
        assertThat(Escape.anchor("src-", "a.b")).isNotEqualTo(Escape.anchor("src-", "a-b"));
        assertThat(Escape.anchor("src-", "a_2eb")).isNotEqualTo(Escape.anchor("src-", "a.b"));
        assertThat(Escape.anchor("src-", "\u00e9")).isNotEqualTo(Escape.anchor("src-", "\u00c3\u00a9"));
        assertThat(Escape.anchor("src-", "a b/c")).matches("src-[a-z0-9_-]+");
    }

    @Property
    @Label("no two different ids share an anchor")
    void anchorsAreOneToOne(@ForAll @StringLength(max = 6) @Chars({'a', 'A', '-', '.', '_', '2', 'e', 'u', '\u00e9'}) String one,
                            @ForAll @StringLength(max = 6) @Chars({'a', 'A', '-', '.', '_', '2', 'e', 'u', '\u00e9'}) String other) {
        Assume.that(!one.equals(other));
        assertThat(Escape.anchor("f-", one)).isNotEqualTo(Escape.anchor("f-", other));
    }
}
