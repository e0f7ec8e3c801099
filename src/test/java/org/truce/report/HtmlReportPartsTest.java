package org.truce.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.report.BundledReports.render;

/** The HTML report's parts, each exactly as a reader gets it, for a report built by hand and for the bundled data. */
@DisplayName("The HTML report's parts, exactly: heading, counts, matrix, findings, claims, extensions, notes, sources, captions")
class HtmlReportPartsTest {

    /** Rendered for each test, not once for the class: a mutation tester swaps the code between tests. */
    private final String hand = render(new HtmlReport(), HandBuiltReport.report());

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        assertThat(start).as("found: %s", from).isNotNegative();
        return html.substring(start, html.indexOf(to, start) + to.length());
    }

    @Test
    @DisplayName("a fact set without a title is named by its agreement; the lede counts sources, days, extensions and pause days")
    void heading() {
        assertThat(hand).contains("<title>truce report: test-1</title>").contains("<h1>test-1</h1>\n")
                .contains("<p class=\"lede\">Agreement <code>test-1</code>: Terms as told. Nobody published the text.</p>\n")
                .contains("<p class=\"lede\">Fact set: 4 sources, 1 days with reports, 4 extensions. Pause days: 9, 2023-11-20 to 2023-12-05."
                        + " Parties: Party A, Party B.</p>\n")
                .contains("<p><strong>4 findings:</strong> <span class=\"st s-compliant\">✓ 1 COMPLIANT</span> <span class=\"st s-violated\">✗ 1 VIOLATED</span>"
                        + " <span class=\"st s-contested\">± 1 CONTESTED</span> <span class=\"st s-undetermined\">? 1 UNDETERMINED</span> </p>\n")
                .contains("<span><span class=\"st s-undetermined\">? UNDETERMINED</span> there is no account: this fact set has no report of an"
                        + " input of the term that day, or none that decides it</span>");
    }

    @Test
    @DisplayName("the matrix: a column per pause day, extension days marked, days of findings outside the pause in date order")
    void matrix() {
        String head = between(hand, "<thead><tr><th>Term (clause, party bound)</th>", "</tr></thead>");
        assertThat(head).isEqualTo("<thead><tr><th>Term (clause, party bound)</th>"
                + "<th class=\"day\" scope=\"col\">Mon 20 Nov<br><small class=\"muted\">day 8</small></th>"
                + "<th class=\"day\" scope=\"col\">Fri 24 Nov<br><small class=\"muted\">day 1</small></th>"
                + "<th class=\"day\" scope=\"col\">Sat 25 Nov<br><small class=\"muted\">day 2</small></th>"
                + "<th class=\"day\" scope=\"col\">Sun 26 Nov<br><small class=\"muted\">day 3 (extension)</small></th>"
                + "<th class=\"day\" scope=\"col\">Mon 27 Nov<br><small class=\"muted\">day 4 (extension)</small></th>"
                + "<th class=\"day\" scope=\"col\">Tue 28 Nov<br><small class=\"muted\">day 5 (extension)</small></th>"
                + "<th class=\"day\" scope=\"col\">Wed 29 Nov<br><small class=\"muted\">day 6 (extension)</small></th>"
                + "<th class=\"day\" scope=\"col\">Thu 30 Nov<br><small class=\"muted\">day 7 (extension)</small></th>"
                + "<th class=\"day\" scope=\"col\">Tue 5 Dec<br><small class=\"muted\">day 9</small></th></tr></thead>");
        String none = "<td class=\"none\" title=\"no finding\">—</td>";
        assertThat(hand).contains("<tr class=\"term\"><th class=\"term\" scope=\"row\">C1 First term<br><small><code>term-one</code> · Party A and Party B</small></th>"
                + none + "<td class=\"cell\"><a class=\"st s-compliant\" href=\"#f-term-one_2f2023-11-24_2f_50arty_20_41\" title=\"COMPLIANT summary of term-one/2023-11-24/Party A\">"
                + "✓ COMPLIANT · Party A</a><br><a class=\"st s-violated\" href=\"#f-term-one_2f2023-11-24_2f_50arty_20_42\" title=\"VIOLATED summary of term-one/2023-11-24/Party B\">"
                + "✗ VIOLATED · Party B</a></td>" + none.repeat(7) + "</tr>\n");
        assertThat(hand).contains("<tr class=\"term\"><th class=\"term\" scope=\"row\">C3 Third term<br><small><code>term-three</code> · Party B</small></th>"
                + none.repeat(9) + "</tr>\n");
        assertThat(hand).contains("<tr class=\"term\"><th class=\"term\" scope=\"row\">C4 term-four<br><small><code>term-four</code> · Party B</small></th>"
                + "<td class=\"cell\"><a class=\"st s-contested\" href=\"#f-term-four_2f2023-11-20\" title=\"CONTESTED summary of term-four/2023-11-20\">± CONTESTED</a></td>"
                + none.repeat(7) + "<td class=\"cell\"><a class=\"st s-undetermined\" href=\"#f-term-four_2f2023-12-05\" "
                + "title=\"UNDETERMINED summary of term-four/2023-12-05\">? UNDETERMINED</a></td></tr>\n");
    }

    @Test
    @DisplayName("findings: the clause and its text where the index has it, the accounts with their sources, or why there is none")
    void findings() {
        assertThat(between(hand, "<article class=\"finding s-compliant\"", "</article>")).isEqualTo("""
                <article class="finding s-compliant" id="f-term-one_2f2023-11-24_2f_50arty_20_41">
                <h3><span class="st s-compliant">✓ COMPLIANT</span> 2023-11-24 · term-one <span class="muted">(term-one/2023-11-24/Party A)</span></h3>
                <p><strong>Clause C1 — First term</strong>, as reported by Monitor A:</p>
                <blockquote>&quot;the first&quot;</blockquote>
                <p><strong>Party bound:</strong> Party A</p>
                <p><strong>Summary:</strong> COMPLIANT summary of term-one/2023-11-24/Party A</p>
                <p><strong>Accounts</strong> (1):</p>
                <ul class="accounts">
                <li><span class="st s-compliant">✓ COMPLIANT</span> met by the account — <span class="muted">according to</span> \
                <a href="#src-s-b">Monitor B (Party B spokesperson)</a>; s-x</li>
                </ul>
                </article>""");
        assertThat(between(hand, "<article class=\"finding s-undetermined\"", "</article>")).isEqualTo("""
                <article class="finding s-undetermined" id="f-term-four_2f2023-12-05">
                <h3><span class="st s-undetermined">? UNDETERMINED</span> 2023-12-05 · term-four <span class="muted">(term-four/2023-12-05)</span></h3>
                <p><strong>Clause C4</strong>, as reported by Monitor A:</p>
                <p><strong>Party bound:</strong> Party B</p>
                <p><strong>Summary:</strong> UNDETERMINED summary of term-four/2023-12-05</p>
                <p class="muted">No account: nothing in this fact set could decide this term on this day.</p>
                </article>""");
    }

    @Test
    @DisplayName("claims: the verdict, what the claim is about, the findings it rests on with their status, and why")
    void claims() {
        assertThat(between(hand, "<article class=\"finding claim\" id=\"c-k1\">", "</article>")).isEqualTo("""
                <article class="finding claim" id="c-k1">
                <h3><span class="st v-not_supported">✓ NOT_SUPPORTED</span> k1</h3>
                <p><strong>Party B</strong> against <strong>Party A</strong>, about clause C1 (First term), on 2023-11-24:</p>
                <blockquote>A said so.</blockquote>
                <p class="muted">Reported by <a href="#src-s-a">Monitor A</a></p>
                <p><strong>Rests on:</strong> <a href="#f-term-one_2f2023-11-24_2f_50arty_20_41">term-one/2023-11-24/Party A</a> \
                <span class="st s-compliant">✓ COMPLIANT</span> <a href="#f-term-one_2f2023-11-23_2f_50arty_20_41">term-one/2023-11-23/Party A</a></p>
                </article>""");
        assertThat(between(hand, "<article class=\"finding claim\" id=\"c-k2\">", "</article>")).isEqualTo("""
                <article class="finding claim" id="c-k2">
                <h3><span class="st v-supported">✗ SUPPORTED</span> k2</h3>
                <p><strong>Party A</strong> against <strong>Party B</strong>, about term-one, clause C1 (First term), on 2023-11-24, 2023-11-25:</p>
                <blockquote>B did.</blockquote>
                <p class="muted">Reported by <a href="#src-s-b">Monitor B (Party B spokesperson)</a></p>
                <p><strong>Rests on:</strong> <a href="#f-term-one_2f2023-11-24_2f_50arty_20_42">term-one/2023-11-24/Party B</a> \
                <span class="st s-violated">✗ VIOLATED</span></p>
                <p><strong>Why:</strong> no finding of term-one against Party B on 2023-11-25</p>
                </article>""");
        assertThat(hand).contains("<h3><span class=\"st v-undetermined\">? UNDETERMINED</span> k3</h3>\n"
                        + "<p><strong>Party A</strong> against <strong>Party B</strong>, about clause C2 (Second clause), on 2023-11-24:</p>\n")
                .contains("about no clause of the agreement as reported, on 2023-11-24:</p>\n")
                .contains("about rumour, on 2023-11-24:</p>\n<blockquote>Odd.</blockquote>\n<p class=\"muted\">Reported by s-y</p>\n");
    }

    @Test
    @DisplayName("extensions in the order agreed, then by length and source; day notes by source; the notes of the check; every source")
    void daysNotesAndSources() {
        String days = between(hand, "<h2>Extensions and notes of the days</h2>", "<h2>Sources</h2>");
        assertThat(days.lines().toList()).containsSubsequence(
                "<li>1 day added, agreed 2023-11-25 — <a href=\"#src-s-a\">Monitor A</a></li>",
                "<li>1 day added, agreed 2023-11-25 — <a href=\"#src-s-c\">Monitor C</a></li>",
                "<li>2 days added, agreed 2023-11-26T20:00+02:00 — <a href=\"#src-s-b\">Monitor B (Party B spokesperson)</a>: two more days</li>",
                "</ul>", "<ul>",
                "<li><strong>2023-11-24</strong>: first note — <a href=\"#src-s-a\">Monitor A</a></li>",
                "<li><strong>2023-11-24</strong>: second note — <a href=\"#src-s-b\">Monitor B (Party B spokesperson)</a></li>",
                "</ul>",
                "<h2>Notes of the check</h2>", "<ul>", "<li>2023-12-02 is not a pause day</li>", "</ul>");
        // The extension agreed at no known time comes first; how its date reads is not pinned here.
        assertThat(days.lines().filter(l -> l.startsWith("<li>")).findFirst().orElseThrow()).endsWith("<a href=\"#src-s-d\">Monitor D</a>: date unknown</li>");
        assertThat(between(hand, "<tbody>\n<tr id=\"src-s-a\">", "</tbody>")).isEqualTo("""
                <tbody>
                <tr id="src-s-a"><td><code>s-a</code></td><td>Monitor A</td><td></td><td></td><td>Own words</td>\
                <td><a href="https://example.org/a" rel="noopener noreferrer">https://example.org/a</a></td><td>2023-11-25</td></tr>
                <tr id="src-s-b"><td><code>s-b</code></td><td>Monitor B</td><td>Party B spokesperson</td><td></td><td>Relayed</td><td></td><td></td></tr>
                <tr id="src-s-c"><td><code>s-c</code></td><td>Monitor C</td><td>Monitor C</td><td></td><td>Self-relayed</td><td></td><td></td></tr>
                <tr id="src-s-d"><td><code>s-d</code></td><td>Monitor D</td><td>  </td><td></td><td>Blank relay</td><td>ftp://example.org/d</td><td></td></tr>
                </tbody>""");
    }

    /** What each chart caption adds when one speaker's figure reaches the fact set through several publishers. */
    private static final String RELAYED = " A figure that one speaker gave and several publishers relayed is one bar, labelled with the speaker and"
            + " the number of reports (the speaker is whom a source relays, else its publisher), so that a statement repeated by several"
            + " outlets does not outweigh one statement of another.";

    @Test
    @DisplayName("chart captions: with the rule set's numbers for the bundled data, each minimum of T06 with the readings that set it;"
            + " without numbers where the rule set has none; no chart for an agreement without charts of its own")
    void captions() {
        assertThat(render(new HtmlReport(org.truce.cli.Agreements::charts), BundledReports.check(BundledReports.facts())).lines()
                .filter(l -> l.startsWith("<figcaption>")).toList())
                .containsExactly(
                        "<figcaption><strong>Aid trucks that entered Gaza, per source, per day</strong><br>Each bar is one source&#39;s figure for the day;"
                                + " each dashed line is a daily minimum of clause T06 under the readings that set it (200 read as 200-including-fuel,"
                                + " 200-plus-fuel; 300 read as 300-including-fuel): the readings differ, and none is the default. Read as 200-plus-fuel,"
                                + " the trucks a report says carried fuel or cooking gas do not count toward the minimum, so a bar of all trucks at the"
                                + " line can fall short of it under that reading." + RELAYED + "</figcaption>",
                        "<figcaption><strong>Hostages released in the deal, per source, per day</strong><br>Each bar is one source&#39;s count of hostages"
                                + " released in the deal that day (releases outside the deal are not counted). On an extension day the dashed line is the"
                                + " minimum for that day (10, clause T05). Days 1 to 4 have no daily minimum: at least 50 over the 4 days together"
                                + " (clause T03), shown in the next chart." + RELAYED + "</figcaption>",
                        "<figcaption><strong>Hostages released in the deal since the pause began, days 1 to 4</strong><br>The running total from the"
                                + " sources&#39; daily counts: the lowest counts of each day added up and, where the sources differ, the highest. The dashed"
                                + " line is the total the terms as reported require by day 4 (50, clause T03). After a day with no report there is no"
                                + " total.</figcaption>",
                        "<figcaption><strong>Prisoners released, per source, per day</strong><br>Each bar is one source&#39;s count of prisoners released"
                                + " that day; each dashed line is 3 times a count of hostages released in the deal that day (clause T04), one line per count"
                                + " the sources give." + RELAYED + "</figcaption>");
        // the bundled agreement's charts over the report built by hand, whose rule set has none of their parameters
        String unnumbered = render(new HtmlReport(agreement -> org.truce.cli.Agreements.charts("gaza-2023-11")), HandBuiltReport.report());
        assertThat(unnumbered.lines().filter(l -> l.startsWith("<figcaption>")).toList()).containsExactly(
                "<figcaption><strong>Aid trucks that entered Gaza, per source, per day</strong><br>Each bar is one source&#39;s figure for the day."
                        + RELAYED + "</figcaption>",
                "<figcaption><strong>Hostages released in the deal, per source, per day</strong><br>Each bar is one source&#39;s count of hostages released"
                        + " in the deal that day (releases outside the deal are not counted)." + RELAYED + "</figcaption>",
                "<figcaption><strong>Prisoners released, per source, per day</strong><br>Each bar is one source&#39;s count of prisoners released that day."
                        + RELAYED + "</figcaption>");
        assertThat(unnumbered).doesNotContain("chart-hostages-total").doesNotContain("class=\"required");
        assertThat(hand).as("test-1 has no charts of its own").doesNotContain("<figure").doesNotContain("<svg");
    }

    @Test
    @DisplayName("several reports on one page: one title for all, each section's ids prefixed apart")
    void severalReports() {
        String two = render(new HtmlReport(), HandBuiltReport.report(), HandBuiltReport.report());
        assertThat(two).contains("<title>truce reports (2 fact sets)</title>")
                .contains("<section class=\"report\" id=\"r1-report\">").contains("<section class=\"report\" id=\"r2-report\">")
                .contains("id=\"r2-f-term-one_2f2023-11-24_2f_50arty_20_41\"").contains("href=\"#r2-src-s-b\"").contains("id=\"r1-c-k1\"");
        assertThat(hand).contains("<section class=\"report\" id=\"report\">");
    }

    @Test
    @DisplayName("the prisoners chart labels each level with the sum that makes it: ratio × hostages = prisoners")
    void levelLabels() {
        String html = render(new HtmlReport(org.truce.cli.Agreements::charts), BundledReports.check(BundledReports.facts()));
        String prisoners = between(html, "<svg class=\"chart\" id=\"chart-prisoners\"", "</svg>");
        // 24 November: 13 hostages released in the deal, so at least 39 prisoners; the line carries the sum as its tooltip and its label
        assertThat(prisoners).contains("<title>required: 3 × 13 = 39</title></line><text class=\"required-label\"")
                .contains(">3 × 13 = 39</text>");
        java.util.regex.Matcher label = java.util.regex.Pattern.compile(">3 × (\\d+) = (\\d+)</text>").matcher(prisoners);
        java.util.Set<Long> hostages = new java.util.TreeSet<>();
        while (label.find()) {
            assertThat(Long.parseLong(label.group(2))).as(label.group()).isEqualTo(3 * Long.parseLong(label.group(1)));
            hostages.add(Long.parseLong(label.group(1)));
        }
        assertThat(hostages).as("a level per count of hostages the sources give").containsExactly(8L, 10L, 11L, 13L);
        assertThat(count(prisoners, "<text class=\"required-label\"")).isEqualTo(count(prisoners, "<line class=\"required\""));
    }

    @Test
    @DisplayName("a check whose calendar has no pause days: the matrix's days are those of the findings, numbered in date order")
    void noPauseDays() {
        // A clause index without a pause no longer loads (its pause sets the calendar); a report built by hand can still
        // come with a calendar of no days, and its page then numbers the findings' dates from 1.
        org.truce.check.Report hand = HandBuiltReport.report();
        String html = render(new HtmlReport(), new org.truce.check.Report(hand.facts(), hand.index(), hand.parameters(),
                new org.truce.check.Calendar(hand.calendar().pause(), java.util.List.of()), hand.summaries(), hand.findings(), hand.claims(),
                hand.notes()));
        assertThat(between(html, "<thead><tr><th>Term (clause, party bound)</th>", "</tr></thead>")).isEqualTo(
                "<thead><tr><th>Term (clause, party bound)</th>"
                        + "<th class=\"day\" scope=\"col\">Mon 20 Nov<br><small class=\"muted\">day 1</small></th>"
                        + "<th class=\"day\" scope=\"col\">Fri 24 Nov<br><small class=\"muted\">day 2</small></th>"
                        + "<th class=\"day\" scope=\"col\">Tue 5 Dec<br><small class=\"muted\">day 3</small></th></tr></thead>");
        assertThat(html).doesNotContain("(extension)</small>");
    }

    @Test
    @DisplayName("reports that decide nothing: listed after the accounts, each with its reading, why and its sources linked; a finding"
            + " only they bear on is UNDETERMINED and says why in its summary and its cell; their text escaped")
    void undecided() {
        String html = render(new HtmlReport(), HandBuiltReport.withUndecided());
        assertThat(between(html, "<p><strong>Accounts</strong> (2):</p>\n<ul class=\"accounts\">\n<li><span class=\"st s-violated\">", "</article>"))
                .endsWith("""
                        <li><span class="st s-violated">✗ VIOLATED</span> <span class="muted">read as</span> <code>r-b</code>: 1 of 3 — \
                        <span class="muted">according to</span> <a href="#src-s-c">Monitor C</a></li>
                        </ul>
                        <p><strong>Reports that decide nothing</strong> (1):</p>
                        <ul class="accounts">
                        <li><span class="muted">read as</span> <code>r-b</code>: 2 trucks: the report cannot show 3 — \
                        <span class="muted">according to</span> <a href="#src-s-b">Monitor B (Party B spokesperson)</a></li>
                        </ul>
                        </article>""");
        String why = "120 trucks, their loads &lt;b&gt;not&lt;/b&gt; given | [x](javascript:alert(1))";
        assertThat(between(html, "<article class=\"finding s-undetermined\"", "</article>")).isEqualTo("""
                <article class="finding s-undetermined" id="f-term-three_2f2023-11-24">
                <h3><span class="st s-undetermined">? UNDETERMINED</span> 2023-11-24 · term-three <span class="muted">(term-three/2023-11-24)</span></h3>
                <p><strong>Clause C3 — Third term</strong>, as reported by Monitor C:</p>
                <blockquote>&quot;the third&quot;</blockquote>
                <p><strong>Party bound:</strong> Party B</p>
                <p><strong>Summary:</strong> no report decides it: WHY; requires the requirement of term-three</p>
                <p class="muted">No account: nothing in this fact set could decide this term on this day.</p>
                <p><strong>Reports that decide nothing</strong> (1):</p>
                <ul class="accounts">
                <li>WHY — <span class="muted">according to</span> s-&lt;z&gt;; <a href="#src-s-a">Monitor A</a></li>
                </ul>
                </article>""".replace("WHY", why));
        assertThat(html).contains("<td class=\"cell\"><a class=\"st s-undetermined\" href=\"#f-term-three_2f2023-11-24\" title=\"no report"
                + " decides it: " + why + "; requires the requirement of term-three\">? UNDETERMINED</a></td>");
        assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<b>").doesNotContain("<z>").doesNotContain("href=\"javascript");
        assertThat(render(new HtmlReport(), HandBuiltReport.withReadings())).doesNotContain("decide nothing");
    }

    @Test
    @DisplayName("a fact set without claims says so under Claims")
    void noClaims() {
        org.truce.check.Report built = HandBuiltReport.report();
        String html = render(new HtmlReport(), new org.truce.check.Report(built.facts(), built.index(), built.parameters(), built.calendar(),
                built.summaries(), built.findings(), java.util.List.of(), built.notes()));
        assertThat(html).contains("<h2>Claims</h2>\n<p class=\"muted\">The fact set records no claims.</p>\n<h2>Extensions and notes of the days</h2>");
        assertThat(hand).doesNotContain("The fact set records no claims.");
    }
}
