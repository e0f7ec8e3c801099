package org.truce.report;

import org.truce.cli.Agreements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.check.Report;
import org.truce.cli.Main;
import org.truce.factset.FactSet;
import org.truce.factset.Source;
import org.truce.report.ReportView.Bar;
import org.truce.report.ReportView.Chart;
import org.truce.report.ReportView.ChartDay;
import org.truce.report.ReportView.Requirement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.report.BundledReports.PLANTED_TITLE;
import static org.truce.report.BundledReports.render;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("The HTML report: one self-contained page with the matrix, the charts, the findings, the claims and the sources")
class HtmlReportTest {

    private static final Report BUNDLED = BundledReports.check(BundledReports.facts());

    private static Chart chart(Report r, String id) {
        return Agreements.charts(r.facts().agreement()).charts(ReportView.of(r)).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static ChartDay day(Chart c, String date) {
        return c.days().stream().filter(d -> d.day().date().toString().equals(date)).findFirst().orElseThrow();
    }

    /** How many times {@code regex} matches in {@code text}; shared with the browser test. */
    static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String svg(String html, String id) {
        int start = html.indexOf("<svg class=\"chart\" id=\"chart-" + id + "\"");
        assertThat(start).as("chart " + id).isNotNegative();
        return html.substring(start, html.indexOf("</svg>", start));
    }

    @Test
    @DisplayName("the matrix of the bundled data has one row per term and one column per pause day, 24 to 30 November")
    void matrix() {
        String html = render(new HtmlReport(Agreements::charts), BUNDLED);
        String table = html.substring(html.indexOf("<table class=\"matrix\">"), html.indexOf("</table>", html.indexOf("<table class=\"matrix\">")));
        assertThat(count(table, "<tr class=\"term\">")).isEqualTo(8);
        assertThat(count(table, "<th class=\"day\"")).isEqualTo(7);
        assertThat(table).contains("Fri 24 Nov").contains("Thu 30 Nov").contains("day 7 (extension)");
        String extensionRow = table.substring(table.indexOf("T05 "), table.indexOf("</tr>", table.indexOf("T05 ")));
        assertThat(count(extensionRow, "<td class=\"none\"")).as("no finding of T05 on the first four days").isEqualTo(4);
        assertThat(extensionRow).contains("± CONTESTED").contains("href=\"#f-extension-hostages_2f2023-11-30\"");
        assertThat(html).contains("id=\"f-extension-hostages_2f2023-11-30\"");
    }

    /** Who holds the reading of the clause at this place in the clause index, as a page shows it: escaped, joined by "; ". */
    private static String heldBy(String clause, int reading) {
        return Escape.html(String.join("; ", BUNDLED.readingsOf(clause).get(reading).heldBy()));
    }

    /** What the reading says and who holds it, as a title attribute of the page shows it. */
    private static String titled(String clause, int reading) {
        var r = BUNDLED.readingsOf(clause).get(reading);
        return Escape.html(r.text() + " Held by " + String.join("; ", r.heldBy()) + ".");
    }

    @Test
    @DisplayName("every finding appears with its clause text as reported, its party, its summary and every account with its sources")
    void findings() {
        String html = render(new HtmlReport(Agreements::charts), BUNDLED);
        assertThat(count(html, "<article class=\"finding s-")).isEqualTo(BUNDLED.findings().size());
        assertThat(html).contains(Escape.html(BUNDLED.index().clause("T06").orElseThrow().text()));
        String aid = html.substring(html.indexOf("id=\"f-daily-aid-trucks_2f2023-11-24\""));
        aid = aid.substring(0, aid.indexOf("</article>"));
        assertThat(aid).contains("± CONTESTED (readings, sources)").contains("Party bound:</strong> Israel").contains("the accounts of this clause differ");
        // six sources' figures, each under the two readings that count every truck (12 accounts); under 200-plus-fuel, which
        // sets fuel trucks apart, VFI News (COGAT: none of fuel) meets 200, on Israel's word alone, and PRCS's 196 falls short whatever its trucks
        // carried (2 more); the four others of 200 or more, their loads not given, decide nothing, listed after the accounts.
        // The four sources of 200 say the same under each reading that counts every truck: one item each, but where they show
        // the term met the two on Israel's word alone (IDF, COGAT) are an item apart from the two that are not: 9 in all.
        String accounts = aid.substring(aid.indexOf("<p><strong>Accounts</strong> (14):</p>"), aid.indexOf("</ul>", aid.indexOf("<strong>Accounts")));
        assertThat(count(accounts, "<li>")).isEqualTo(9);
        assertThat(accounts).contains("<li><span class=\"st s-compliant\">✓ COMPLIANT</span> <span class=\"muted\">read as</span>"
                + " <code>200-including-fuel</code>: 200 trucks — <span class=\"muted\">2 accounts, according to each of</span>"
                + " <a href=\"#src-ahram-online-2023-11-25\">");
        assertThat(accounts).contains("<li><span class=\"st s-violated\">✗ VIOLATED</span> <span class=\"muted\">read as</span>"
                + " <code>300-including-fuel</code>: 200 trucks — <span class=\"muted\">4 accounts, according to each of</span>");
        assertThat(accounts).contains("<li><span class=\"st s-violated\">✗ VIOLATED</span> <span class=\"muted\">read as</span>"
                + " <code>200-plus-fuel</code>: 196 trucks, their loads not given — <span class=\"muted\">according to</span>"
                + " <a href=\"#src-dailypost-erc-prcs-2023-11-25\">Daily Post Nigeria (Egyptian Red Crescent; PRCS)</a></li>")
                .contains("<li><span class=\"st s-compliant\">✓ COMPLIANT</span> <span class=\"muted\">read as</span>"
                        + " <code>200-plus-fuel</code>: 200 trucks — <span class=\"muted\">according to</span>"
                        + " <a href=\"#src-vfinews-cogat-2023-11-24\">VFI News (COGAT; OCHA (via Times of Israel))</a>"
                        + " <span class=\"st self\" title=\"rests only on the word of an interested party\">† self-reported</span></li>");
        // 4 counts whose loads are not given (read as 200-plus-fuel), and the Rafah crossing's 90 by midday under each reading
        int undecidedAt = aid.indexOf("<p><strong>Reports that decide nothing</strong> (7):</p>");
        String undecided = aid.substring(undecidedAt, aid.indexOf("</ul>", undecidedAt));
        // then the notes of the day that name the term: three on 24 November (the Rafah official's 90 by midday is an entry, a lower bound), none of them counted
        String notes = aid.substring(aid.indexOf("<p><strong>Notes of the day on this term</strong>, not counted (3):</p>"));
        assertThat(count(notes, "<li>")).isEqualTo(3);
        assertThat(notes).contains("230 trucks carrying aid and fuel &#39;will enter today&#39;. A forecast, not a count. — <span class=\"muted\">according to</span>");
        assertThat(aid.indexOf("<strong>Reports that decide nothing")).isGreaterThan(aid.indexOf("</ul>", aid.indexOf("<strong>Accounts")));
        assertThat(count(undecided, "<li>")).isEqualTo(7);
        assertThat(count(undecided, "<li><span class=\"muted\">read as</span> <code>200-plus-fuel</code>: ")).isEqualTo(5);
        assertThat(undecided).doesNotContain("vfinews").doesNotContain("dailypost");
        assertThat(undecided).contains("<li><span class=\"muted\">read as</span> <code>200-plus-fuel</code>: 215 trucks, their loads not given:"
                + " the report does not say how many carried fuel, so it cannot show 200 besides those — <span class=\"muted\">according to</span>"
                + " <a href=\"#src-laregione-erc-2023-11-26\">La Regione (Egyptian Red Crescent, North Sinai (via Ynet and ANSA))</a></li>");
        assertThat(aid).contains("<span class=\"st s-violated\">✗ VIOLATED</span> <span class=\"muted\">read as</span>"
                + " <code>300-including-fuel</code>: 196 trucks").contains("href=\"#src-dailypost-erc-prcs-2023-11-25\"");
        String byReading = aid.substring(aid.indexOf("<strong>Status by reading</strong>"), aid.indexOf("</table>", aid.indexOf("Status by reading")));
        assertThat(byReading).contains("(CONTESTED (readings, sources): the status depends on the reading of the clause");
        assertThat(count(byReading, "<tr><td>")).isEqualTo(3);
        assertThat(byReading).contains("<tr><td><a href=\"#rd-_5406_2f300-including-fuel\"><code>300-including-fuel</code></a></td>"
                + "<td><span class=\"st s-violated\">✗ VIOLATED</span></td><td>" + heldBy("T06", 2) + "</td><td>at least 300 aid trucks"
                + " entering Gaza, fuel trucks included</td></tr>");
        assertThat(byReading).as("under 200-plus-fuel, the two reports that decide anything disagree")
                .contains("<tr><td><a href=\"#rd-_5406_2f200-plus-fuel\"><code>200-plus-fuel</code></a></td><td><span class=\"st s-contested\">"
                        + "± CONTESTED</span></td><td>" + heldBy("T06", 1) + "</td>");
        assertThat(html).as("the reading a finding's table links to").contains("<tr id=\"rd-_5406_2f300-including-fuel\">");
        String fuel = html.substring(html.indexOf("id=\"f-daily-fuel_2f2023-11-24\""));
        assertThat(fuel.substring(0, fuel.indexOf("</article>"))).as("a clause without readings").doesNotContain("Status by reading")
                .doesNotContain("read as");
    }

    @Test
    @DisplayName("claims show their verdict and the findings behind them; sources their publisher, title and address")
    void claimsAndSources() {
        String html = render(new HtmlReport(Agreements::charts), BUNDLED);
        assertThat(count(html, "<article class=\"finding claim\"")).isEqualTo(BUNDLED.claims().size());
        assertThat(html).contains("hamas-2023-11-25-seniority").contains("href=\"#f-release-order_2f2023-11-24\"");
        assertThat(count(html, "<tr id=\"src-")).isEqualTo(BUNDLED.facts().sources().size());
        assertThat(html).contains("<a href=\"https://www.ochaopt.org/content/hostilities-gaza-strip-and-israel-flash-update-49\"");
    }

    @Test
    @DisplayName("aid trucks: one bar per source per day against each minimum the readings of T06 set, 200 and 300;"
            + " 27 and 30 November, with no report, have no bar")
    void aidChart() {
        Chart aid = chart(BUNDLED, "aid-trucks");
        assertThat(day(aid, "2023-11-24").bars()).extracting(Bar::value).containsExactlyInAnyOrder(200L, 200L, 200L, 200L, 215L, 196L);
        assertThat(day(aid, "2023-11-24").requirements()).extracting(Requirement::value, Requirement::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(200L, "at least 200"), org.assertj.core.groups.Tuple.tuple(300L, "at least 300"));
        assertThat(aid.caption()).contains("(200 read as 200-including-fuel, 200-plus-fuel; 300 read as 300-including-fuel)")
                .contains("Read as 200-plus-fuel, the trucks a report says carried fuel or cooking gas do not count");
        assertThat(day(aid, "2023-11-27").bars()).isEmpty();
        assertThat(day(aid, "2023-11-30").bars()).isEmpty();
        String svg = svg(render(new HtmlReport(Agreements::charts), BUNDLED), "aid-trucks");
        assertThat(count(svg, "<rect class=\"bar ")).isEqualTo(10);
        assertThat(count(svg, "<rect class=\"bar below\"")).as("the 196 of PRCS, short of both minimums").isEqualTo(1);
        assertThat(count(svg, "<rect class=\"bar between\"")).as("200 or 215: enough for 200, short of 300").isEqualTo(9);
        assertThat(count(svg, "<line class=\"required\"")).as("two lines on each of the 7 days").isEqualTo(14);
        assertThat(count(svg, "class=\"missing\"")).isEqualTo(2);
    }

    @Test
    @DisplayName("aid trucks under one reading, or with the minimum set by hand: one line, the caption says whence it comes")
    void aidChartOneMinimum() {
        Chart kept = chart(BundledReports.check(BundledReports.facts(), BundledReports.reading("T06", "300-including-fuel")), "aid-trucks");
        assertThat(day(kept, "2023-11-24").requirements()).extracting(Requirement::value).containsExactly(300L);
        assertThat(kept.caption()).as("a what-if: the minimum is not that of the terms as reported, which have three readings")
                .contains("the dashed line is the daily minimum of the one reading this what-if run keeps (300, clause T06, read as 300-including-fuel)")
                .doesNotContain("as reported")
                .doesNotContain("do not count");
        Chart set = chart(BundledReports.check(BundledReports.facts(), new org.truce.check.Scenario(
                java.util.Map.of("daily-aid-trucks.minimum-per-day", 250L), java.util.Map.of(), null)), "aid-trucks");
        assertThat(day(set, "2023-11-24").requirements()).extracting(Requirement::value).containsExactly(250L);
        assertThat(set.caption()).contains("the daily minimum set for this what-if run (250, clause T06)")
                .contains("Read as 200-plus-fuel, the trucks a report says carried fuel or cooking gas do not count");
        String svg = svg(render(new HtmlReport(Agreements::charts), BundledReports.check(BundledReports.facts(),
                BundledReports.reading("T06", "300-including-fuel"))), "aid-trucks");
        assertThat(count(svg, "<rect class=\"bar below\"")).as("no figure reaches 300").isEqualTo(10);
    }

    @Test
    @DisplayName("hostages: only releases in the deal count; the minimum of ten on extension days; the running total against 50 by day 4")
    void hostageCharts() {
        Chart hostages = chart(BUNDLED, "hostages");
        assertThat(day(hostages, "2023-11-24").bars()).extracting(Bar::value).containsOnly(13L);
        assertThat(day(hostages, "2023-11-24").requirements()).isEmpty();
        // Israel's accounting of 10, relayed by two outlets (Dimsum Daily, Dividend Wealth), is one speaker's figure: one bar
        assertThat(day(hostages, "2023-11-30").bars()).extracting(Bar::value).containsExactlyInAnyOrder(8L, 8L, 10L);
        assertThat(day(hostages, "2023-11-30").bars()).filteredOn(b -> b.value() == 10L).singleElement()
                .extracting(Bar::label).asString().startsWith("Israel (as reported; speaker not named) (2 reports)");
        assertThat(day(hostages, "2023-11-30").requirements()).extracting(Requirement::value).containsExactly(10L);
        Chart total = chart(BUNDLED, "hostages-total");
        assertThat(total.days()).hasSize(4);
        assertThat(day(total, "2023-11-27").bars()).extracting(Bar::value).containsOnly(50L);
        assertThat(day(total, "2023-11-27").requirements()).extracting(Requirement::value).containsExactly(50L);
    }

    @Test
    @DisplayName("prisoners: each day against three times each count of hostages the sources give")
    void prisonerChart() {
        Chart prisoners = chart(BUNDLED, "prisoners");
        assertThat(day(prisoners, "2023-11-26").bars()).extracting(Bar::value).containsOnly(39L);
        assertThat(day(prisoners, "2023-11-26").requirements()).extracting(Requirement::value).containsExactly(39L);
        assertThat(day(prisoners, "2023-11-30").requirements()).extracting(Requirement::value).containsExactly(24L, 30L);
    }

    @Test
    @DisplayName("reports of one source on one day add up; a day without reports shows no bar, never zero")
    void figuresPerSource() {
        Report r = BundledReports.check(facts()
                .day("2023-11-24").trucks(120, "COGAT").trucks(80, "COGAT").trucks(199, "UN OCHA")
                .hostages(5, "UN OCHA").hostages(8, "UN OCHA").hostagesOutsideDeal(10, "UN OCHA").and()
                .build());
        Chart aid = chart(r, "aid-trucks");
        assertThat(day(aid, "2023-11-24").bars()).extracting(Bar::sourceId, Bar::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cogat", 200L), org.assertj.core.groups.Tuple.tuple("un-ocha", 199L));
        assertThat(day(aid, "2023-11-25").bars()).isEmpty();
        assertThat(day(chart(r, "hostages"), "2023-11-24").bars()).extracting(Bar::value).containsExactly(13L);
        String svg = svg(render(new HtmlReport(Agreements::charts), r), "aid-trucks");
        assertThat(count(svg, "<rect class=\"bar ")).isEqualTo(2);
        assertThat(count(svg, "class=\"missing\"")).isEqualTo(3);
    }

    @Test
    @DisplayName("text planted in a fact set shows as text: no script, no handler, no javascript: link")
    void escapesPlantedText() {
        String html = render(new HtmlReport(Agreements::charts), BundledReports.check(BundledReports.withPlantedText(BundledReports.facts())));
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>")
                .doesNotContain("href=\"javascript").doesNotContain("href=\" javascript");
        assertThat(html).contains(Escape.html(PLANTED_TITLE)).contains("&lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;")
                .contains("<td>" + Escape.html(BundledReports.PLANTED_URL) + "</td>")
                .contains("<a href=\"HTTPS://example.org/a b\"");
        assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
    }

    @Test
    @DisplayName("an impostor source whose id differs only in case, listed first, gets a row of its own: links reach the real one")
    void impostorSourceId() {
        FactSet f = BundledReports.facts();
        List<Source> sources = new java.util.ArrayList<>(f.sources());
        sources.add(new Source("LATESTLY-TPS-COGAT-2023-11-26", "IMPOSTOR", null, "A forged report", "https://example.org/", null));
        sources.add(new Source("latestly.tps.cogat.2023.11.26", "IMPOSTOR", null, "Another forged report", "https://example.org/", null));
        String html = render(new HtmlReport(Agreements::charts), BundledReports.check(new FactSet(f.format(), f.agreement(), f.title(), sources,
                f.extensions(), f.prisoners(), f.days(), f.claims(), f.periods())));

        List<String> rows = html.lines().filter(l -> l.startsWith("<tr id=\"src-")).toList();
        assertThat(rows.stream().map(l -> l.substring(0, l.indexOf("\"><td>")))).doesNotHaveDuplicates();
        String real = "src-latestly-tps-cogat-2023-11-26";
        assertThat(rows).filteredOn(l -> l.startsWith("<tr id=\"" + real + "\">")).singleElement().asString().contains("LatestLY");
        assertThat(count(html, "href=\"#" + real + "\">LatestLY")).isPositive();
        assertThat(count(html, "href=\"#" + real + "\">")).isEqualTo(count(html, "href=\"#" + real + "\">LatestLY"));
    }

    @Test
    @DisplayName("bidi controls: an address holding one is shown as text, never linked; fact-set text holding one is isolated in <bdi>")
    void bidiControls() {
        FactSet f = BundledReports.facts();
        List<Source> sources = new java.util.ArrayList<>(f.sources());
        sources.add(new Source("reversed", "\u202eROTSOPMI", null, "title \u2067reversed", "https://\u202eexample.com/moc.elgoog", null));
        List<org.truce.factset.Claim> claims = new java.util.ArrayList<>(f.claims());
        org.truce.factset.Claim c = claims.get(0);
        claims.set(0, new org.truce.factset.Claim(c.id(), c.by(), c.against(), c.term(), c.dates(), "\u202eon 24 November", c.source(), c.answers()));
        String html = render(new HtmlReport(Agreements::charts), BundledReports.check(new FactSet(f.format(), f.agreement(), f.title(), sources,
                f.extensions(), f.prisoners(), f.days(), claims, f.periods())));

        assertThat(html).doesNotContain("href=\"https://\u202e").contains("<td><bdi>https://\u202eexample.com/moc.elgoog</bdi></td>");
        assertThat(html).contains("<td><bdi>\u202eROTSOPMI</bdi></td>").contains("<td><bdi>title \u2067reversed</bdi></td>")
                .contains("<blockquote><bdi>\u202eon 24 November</bdi></blockquote>");
        assertThat(render(new HtmlReport(Agreements::charts), BUNDLED)).as("left-to-right text is left as it was").doesNotContain("<bdi>");
    }

    @Test
    @DisplayName("the page fetches nothing: no script, stylesheet, image or font from an address")
    void selfContained() {
        String html = render(new HtmlReport(Agreements::charts), BUNDLED).toLowerCase(Locale.ROOT);
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("<img").doesNotContain("@import")
                .doesNotContain("url(").doesNotContain("src=");
    }

    @Test
    @DisplayName("the same facts in any order give a byte-identical page")
    void deterministic() {
        FactSet facts = BundledReports.facts();
        String once = render(new HtmlReport(Agreements::charts), BundledReports.check(facts));
        assertThat(render(new HtmlReport(Agreements::charts), BundledReports.check(facts))).isEqualTo(once);
        assertThat(render(new HtmlReport(Agreements::charts), BundledReports.check(BundledReports.shuffled(facts, 7)))).isEqualTo(once);
        assertThat(render(new HtmlReport(Agreements::charts), BundledReports.check(BundledReports.shuffled(facts, 42)))).isEqualTo(once);
    }

    @Test
    @DisplayName("several fact sets make one page with each report in turn, anchors kept apart")
    void severalReports() {
        Report small = BundledReports.check(facts().day("2023-11-24").trucks(200, "COGAT").and().build());
        String html = render(new HtmlReport(Agreements::charts), BUNDLED, small);
        assertThat(count(html, "<section class=\"report\"")).isEqualTo(2);
        assertThat(html).contains("id=\"r1-f-daily-aid-trucks_2f2023-11-24\"").contains("id=\"r2-f-daily-aid-trucks_2f2023-11-24\"");
        assertThat(html).as("each report's choice of reading is its own").contains("name=\"r1-pick-2\" id=\"r1-pick-2-3\"")
                .contains("name=\"r2-pick-2\" id=\"r2-pick-2-3\"").contains("<label for=\"r2-pick-2-3\"");
        assertThat(count(html, "<html")).isEqualTo(1);
    }

    @Test
    @DisplayName("./truce check --format html -o FILE writes the page; it exits 0 as reported (no finding VIOLATED under every reading),"
            + " 3 read as 300-including-fuel")
    void commandLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.html");
        int code = Main.run("check", BundledReports.DATA.toString(), "--format", "html", "-o", file.toString());
        assertThat(code).isEqualTo(Main.OK);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(render(new HtmlReport(Agreements::charts), BUNDLED));

        Path kept = dir.resolve("kept.html");
        code = Main.run("check", BundledReports.DATA.toString(), "--format", "html", "--reading", "T06=300-including-fuel", "-o", kept.toString());
        assertThat(code).isEqualTo(Main.VIOLATED);
        assertThat(Files.readString(kept, StandardCharsets.UTF_8)).isEqualTo(render(new HtmlReport(Agreements::charts),
                BundledReports.check(BundledReports.facts(), BundledReports.reading("T06", "300-including-fuel"))));
    }

    /** The cell of a term's row on a date: what lies between its {@code <td} and {@code </td>}. */
    private static String cell(String html, String clause, int day) {
        String row = html.substring(html.indexOf("<th class=\"term\" scope=\"row\">" + clause + " "));
        row = row.substring(0, row.indexOf("</tr>"));
        String[] cells = row.split("<td", -1);
        return cells[day].substring(0, cells[day].indexOf("</td>"));
    }

    @Test
    @DisplayName("the matrix offers, per clause with readings, all readings combined (checked) or one reading; each cell of that"
            + " clause holds its status under each, and every other row is as it was")
    void matrixByReading() {
        String html = render(new HtmlReport(Agreements::charts), BUNDLED);
        String view = html.substring(html.indexOf("<div class=\"by-reading\">"), html.indexOf("</div>", html.indexOf("<div class=\"by-reading\">")));
        assertThat(view).contains("<span class=\"pick-clause\">Clause T06 Daily aid trucks (daily-aid-trucks), read as:</span>\n"
                + "<input type=\"radio\" class=\"g2 k0\" name=\"pick-2\" id=\"pick-2-0\" checked><label for=\"pick-2-0\">all readings (combined)</label>\n"
                + "<input type=\"radio\" class=\"g2 k1\" name=\"pick-2\" id=\"pick-2-1\"><label for=\"pick-2-1\" title=\"At least 200 trucks a day,");
        assertThat(view).contains("<label for=\"pick-2-3\" title=\"" + titled("T06", 2) + "\"><code>300-including-fuel</code></label>")
                .contains("<span class=\"pick-clause\">Clause T14 Handover time (handover-schedule), read as:</span>")
                .contains("<span class=\"pick-clause\">Clause T12 Prisoners released by seniority (release-order), read as:</span>")
                .contains("<label for=\"pick-3-2\"").contains("<label for=\"pick-4-2\"").doesNotContain("pick-2-4").doesNotContain("pick-3-3")
                .doesNotContain("pick-4-3");
        assertThat(count(view, " checked>")).as("all readings combined, for each clause").isEqualTo(4);
        assertThat(view).as("the matrix itself is inside the choice, after the radio buttons").contains("<table class=\"matrix\">");

        String first = cell(html, "T06", 1);
        assertThat(first).contains("<span class=\"rv g2 k0\"><a class=\"st s-contested\"")
                .contains("± CONTESTED<br><small>(readings, sources)</small></a></span>")
                .contains("<span class=\"rv g2 k1\"><a class=\"st s-contested\" href=\"#f-daily-aid-trucks_2f2023-11-24\" title=\"read as"
                        + " 200-including-fuel: CONTESTED; requires at least 200 aid trucks entering Gaza, fuel trucks included\">± CONTESTED</a></span>")
                .as("read as 200-plus-fuel, COGAT's 200 trucks (none of fuel) meet the minimum and PRCS's 196 do not")
                .contains("<span class=\"rv g2 k2\"><a class=\"st s-contested\" href=\"#f-daily-aid-trucks_2f2023-11-24\" title=\"read as"
                        + " 200-plus-fuel: CONTESTED; requires at least 200 aid trucks entering Gaza besides trucks of fuel and cooking gas\">"
                        + "± CONTESTED</a></span>")
                .contains("<span class=\"rv g2 k3\"><a class=\"st s-violated\"");
        assertThat(cell(html, "T06", 2)).as("the 25th read as 200-plus-fuel: 200 trucks, loads not given, decide nothing")
                .contains("<span class=\"rv g2 k2\"><a class=\"st s-undetermined\" href=\"#f-daily-aid-trucks_2f2023-11-25\" title=\"read as"
                        + " 200-plus-fuel: UNDETERMINED; requires at least 200 aid trucks entering Gaza besides trucks of fuel and cooking gas\">"
                        + "? UNDETERMINED</a></span>")
                .contains("<span class=\"rv g2 k1\"><a class=\"st s-compliant\"");
        for (int day : new int[] {1, 2, 3, 5, 6}) {
            assertThat(cell(html, "T06", day)).as("day %d read as 300-including-fuel", day)
                    .contains("<span class=\"rv g2 k3\"><a class=\"st s-violated\"");
        }
        assertThat(cell(html, "T06", 4)).as("no report on the 27th, under any reading").doesNotContain("s-violated").contains("rv g2 k3");
        assertThat(cell(html, "T12", 1)).as("24 November: breached read as an order of release, undecided read as a selection")
                .contains("<span class=\"rv g3 k1\"><a class=\"st s-violated\"")
                .contains("<span class=\"rv g3 k2\"><a class=\"st s-undetermined\"");
        assertThat(cell(html, "T14", 2)).contains("<span class=\"rv g4 k1\"><a class=\"st s-violated\"")
                .contains("<span class=\"rv g4 k2\"><a class=\"st s-compliant\"");
        assertThat(cell(html, "T05", 5)).as("read as agreed for the extension, nothing is required on the first day of a two-day extension")
                .contains("<span class=\"rv g1 k2\"><a class=\"st s-compliant\" href=\"#f-extension-hostages_2f2023-11-28\" title=\"read as"
                        + " as-agreed-for-the-extension: COMPLIANT; requires nothing on this date: this reading judges the term on other dates\">")
                .contains("<span class=\"rv g1 k1\"><a class=\"st s-compliant\"");
        assertThat(cell(html, "T07", 1)).as("a clause reported one way has a plain cell").startsWith(" class=\"cell\"><a class=\"st s-contested\"")
                .doesNotContain("rv ");

        String style = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
        assertThat(style).contains(".by-reading > input.g2.k3:checked ~ table.matrix .rv.g2.k0 { display: none; }"
                        + " .by-reading > input.g2.k3:checked ~ table.matrix .rv.g2.k3 { display: inline; }")
                .contains("input.g4.k2:checked").doesNotContain("input.g5.").doesNotContain("input.g2.k4");
    }

    @Test
    @DisplayName("a clause kept to one reading offers no choice; a report without readings has neither the choice nor its style rules")
    void noChoice() {
        String kept = render(new HtmlReport(Agreements::charts), BundledReports.check(BundledReports.facts(), BundledReports.reading("T06", "300-including-fuel")));
        assertThat(kept).contains("Clause T14 Handover time (handover-schedule), read as:").doesNotContain("Clause T06 Daily aid trucks (daily-aid-trucks), read as:");
        assertThat(cell(kept, "T14", 2)).contains("rv g3 k2");
        assertThat(cell(kept, "T06", 1)).doesNotContain("rv").contains("✗ VIOLATED");
        assertThat(kept).contains("<h3>Clause T06 — Daily aid trucks <span class=\"muted\">(daily-aid-trucks)</span>"
                + " <span class=\"muted\">· one reading kept for this run</span></h3>");

        String plain = render(new HtmlReport(), HandBuiltReport.report());
        assertThat(plain).doesNotContain("by-reading\">").doesNotContain(":checked ~").doesNotContain("<h2 id=\"readings\">")
                .doesNotContain("CONTESTED (readings)").doesNotContain("<div class=\"what-if\"").doesNotContain("what-if:");
    }

    @Test
    @DisplayName("the Readings section lists each clause's readings: what each says, who holds it, its sources, what it sets, its findings")
    void readingsSection() {
        String html = render(new HtmlReport(Agreements::charts), BUNDLED);
        int at = html.indexOf("<h2 id=\"readings\">Readings</h2>");
        assertThat(at).isGreaterThan(html.indexOf("<table class=\"matrix\">")).isLessThan(html.indexOf("<h2>The days in figures</h2>"));
        String section = html.substring(at, html.indexOf("<h2>The days in figures</h2>"));
        assertThat(section).contains("<h3>Clause T06 — Daily aid trucks <span class=\"muted\">(daily-aid-trucks)</span></h3>")
                .contains("<tr id=\"rd-_5406_2f200-plus-fuel\"><td><code>200-plus-fuel</code></td><td>At least 200 trucks a day besides the"
                        + " trucks a report says carried fuel or cooking gas, which were stated apart.</td><td>" + heldBy("T06", 1) + "</td>"
                        + "<td>" + String.join(", ", BUNDLED.readingsOf("T06").get(1).sources()) + "</td>"
                        + "<td><code>daily-aid-trucks.fuel-trucks-count</code> = 0<br><code>daily-aid-trucks.minimum-per-day</code> = 200</td>")
                .contains("<td><code>before-midnight</code></td>");
        // each reading's findings by status: under 200-plus-fuel, met on the 29th (200 trucks, none of fuel), missed on the 28th
        // (200, 4 of fuel), both on the 24th (COGAT's 200, none of fuel; PRCS's 196 of any load); the 25th and 26th (200 trucks,
        // loads not given) decide nothing, and the 27th and 30th have no report (the total over 24-25 November is a finding of its own,
        // VIOLATED under 200-plus-fuel and 300-including-fuel; PRCS's "at least 1,028" over 24-29 November another, which it cannot decide)
        assertThat(row(section, "rd-_5406_2f200-plus-fuel")).endsWith("<td><span class=\"st s-compliant\">✓ 1 COMPLIANT</span>"
                + " <span class=\"st s-violated\">✗ 2 VIOLATED</span> <span class=\"st s-contested\">± 1 CONTESTED</span>"
                + " <span class=\"st s-undetermined\">? 5 UNDETERMINED</span> </td>");
        assertThat(row(section, "rd-_5406_2f300-including-fuel")).endsWith("<td><span class=\"st s-violated\">✗ 6 VIOLATED</span>"
                + " <span class=\"st s-undetermined\">? 3 UNDETERMINED</span> </td>");
        assertThat(html).contains("± CONTESTED (readings)</span> the status depends on the reading of the clause");
    }

    /** The row of the table with this id, from its {@code <tr} to the end of its last cell. */
    private static String row(String html, String id) {
        String row = html.substring(html.indexOf("<tr id=\"" + id + "\">"));
        return row.substring(0, row.indexOf("</tr>"));
    }

    @Test
    @DisplayName("a what-if run says so in a box under the title, each line escaped; the page's title says what-if too")
    void whatIfBox() {
        String html = render(new HtmlReport(), HandBuiltReport.withReadings());
        assertThat(html).contains("<title>what-if: truce report: test-1</title>");
        assertThat(html).contains("<h1>test-1</h1>\n<div class=\"what-if\" role=\"note\">\n<p><strong>⚠ What-if run: not the analysis of the"
                + " agreement as reported.</strong> This run changed what was reported:</p>\n<ul>\n"
                + "<li>what-if: term-three.days = 4, not as reported</li>\n"
                + "<li>what-if: rules from my &lt;rules&gt;, not the bundled rule set</li>\n</ul>\n</div>\n<p class=\"lede\">Agreement");
        assertThat(render(new HtmlReport(Agreements::charts), BUNDLED)).doesNotContain("<div class=\"what-if\"").doesNotContain("what-if:")
                .doesNotContain("What-if");
    }

    @Test
    @DisplayName("readings text from the clause index shows as text wherever it goes: the choice's labels, the Readings section, each finding")
    void readingsEscaped() {
        String html = render(new HtmlReport(), HandBuiltReport.withReadings());
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<b>").doesNotContain("<i>").doesNotContain("href=\"javascript");
        String holder = Escape.html(HandBuiltReport.HOLDER_B);
        assertThat(html).contains("title=\"Read &lt;i&gt;another&lt;/i&gt; way. Held by " + holder + "; Holder C.\"")
                .contains("<td>Read &lt;i&gt;another&lt;/i&gt; way.</td><td>" + holder + "; Holder C</td>")
                .contains("<td><span class=\"st s-violated\">✗ VIOLATED</span></td><td>" + holder + "; Holder C</td><td>at least 3</td>");
        String style = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
        assertThat(style).as("the style rules of the choice name numbers only").contains("input.g1.k2:checked").doesNotContain("Holder").doesNotContain("another").doesNotContain("C1");
    }
}
