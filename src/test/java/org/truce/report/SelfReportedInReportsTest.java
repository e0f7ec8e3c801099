package org.truce.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.Report;
import org.truce.cli.Agreements;
import org.truce.testing.RuleBooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.report.BundledReports.render;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("Who speaks in every report: an account resting only on an interested party's word is marked, and the legend says why")
class SelfReportedInReportsTest {

    /** On 24 November, 13 hostages and 39 prisoners by Israel's own statement (marked), and 39 prisoners by a monitor (not). */
    private static final Report MARKED = RuleBooks.checker().check(facts().speaksFor("Party statement A", "Israel")
            .day("2023-11-24").hostages(13, "Party statement A").prisoners(39, "Party statement A").prisoners(39, "Monitor A").and()
            .build(), RuleBooks.bundled());

    /** The same figures, no source relaying a party. */
    private static final Report PLAIN = RuleBooks.checker().check(facts()
            .day("2023-11-24").hostages(13, "Party statement A").prisoners(39, "Party statement A").prisoners(39, "Monitor A").and()
            .build(), RuleBooks.bundled());

    private static String line(String text, String containing) {
        return text.lines().filter(l -> l.contains(containing)).findFirst().orElseThrow(() -> new AssertionError("no line with " + containing));
    }

    @Test
    @DisplayName("JSON: selfReported true on the marked account only; absent elsewhere")
    void json() throws Exception {
        var report = new ObjectMapper().readTree(render(new JsonReport(), MARKED));
        var accounts = report.get("findings").findValue("accounts");
        for (var f : report.get("findings")) {
            if (f.get("id").asText().equals("exchange-ratio/2023-11-24")) {
                accounts = f.get("accounts");
            }
        }
        assertThat(accounts).hasSize(2);
        assertThat(accounts.get(0).get("sources").toString()).isEqualTo("[\"monitor-a\",\"party-statement-a\"]");
        assertThat(accounts.get(0).has("selfReported")).isFalse();
        assertThat(accounts.get(1).get("sources").toString()).isEqualTo("[\"party-statement-a\"]");
        assertThat(accounts.get(1).get("selfReported").asBoolean()).isTrue();
        assertThat(render(new JsonReport(), PLAIN)).doesNotContain("selfReported");
    }

    @Test
    @DisplayName("text: † after the marked figure in the summary column, and a legend line under the table; neither without a marked account")
    void text() {
        String text = render(new TextReport(), MARKED);
        assertThat(line(text, "exchange-ratio")).contains("13 hostages, 39 prisoners / 13 hostages, 39 prisoners † (2 accounts)");
        String legend = line(text, "† an account that");
        assertThat(legend).startsWith("† an account that rests only on the word of an interested party");
        assertThat(text.indexOf(legend)).isGreaterThan(text.indexOf("exchange-ratio")).isLessThan(text.indexOf("What each term requires"));
        assertThat(render(new TextReport(), PLAIN)).doesNotContain("†");
    }

    @Test
    @DisplayName("Markdown: the marked account says so, the legend explains it, and the sources table has a Speaks for column")
    void markdown() {
        String md = render(new MarkdownReport(), MARKED);
        assertThat(line(md, "according to Party statement A (party-statement-a)")).endsWith("(party-statement-a) † *self-reported*");
        assertThat(line(md, "Monitor A (monitor-a); Party statement A")).doesNotContain("†");
        assertThat(line(md, "- † **self-reported**")).contains("rests only on the word of an interested party");
        assertThat(line(md, "| Id | Publisher |")).isEqualTo("| Id | Publisher | Relays | Speaks for | Title | Address | Published |");
        assertThat(line(md, "| party-statement-a |")).contains("|  | Israel | Report by Party statement A |");
        assertThat(line(md, "| monitor-a |")).contains("|  |  | Report by Monitor A |");
        assertThat(render(new MarkdownReport(), PLAIN)).doesNotContain("†");
    }

    @Test
    @DisplayName("HTML: a badge beside the marked account, explained in the legend, and a Speaks for column")
    void html() {
        String html = render(new HtmlReport(Agreements::charts), MARKED);
        String badge = "<span class=\"st self\" title=\"rests only on the word of an interested party\">† self-reported</span>";
        assertThat(line(html, "#src-party-statement-a\">Party statement A</a> " + badge)).endsWith(badge + "</li>");
        assertThat(line(html, "<div class=\"legend\">")).contains(badge + " (beside an account): the account rests only on the word");
        assertThat(html).contains("<th>Relays</th><th>Speaks for</th><th>Title</th>");
        assertThat(line(html, "id=\"src-party-statement-a\"")).contains("<td></td><td>Israel</td><td>Report by Party statement A</td>");
        assertThat(render(new HtmlReport(Agreements::charts), PLAIN)).doesNotContain("self-reported");
    }
}
