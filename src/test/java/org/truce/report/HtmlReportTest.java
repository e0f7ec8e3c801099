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

    @Test
    @DisplayName("every finding appears with its clause text as reported, its party, its summary and every account with its sources")
    void findings() {
        String html = render(new HtmlReport(Agreements::charts), BUNDLED);
        assertThat(count(html, "<article class=\"finding s-")).isEqualTo(BUNDLED.findings().size());
        assertThat(html).contains(Escape.html(BUNDLED.index().clause("T06").orElseThrow().text()));
        String aid = html.substring(html.indexOf("id=\"f-daily-aid-trucks_2f2023-11-24\""));
        aid = aid.substring(0, aid.indexOf("</article>"));
        assertThat(aid).contains("± CONTESTED").contains("Party bound:</strong> Israel").contains("the accounts of this clause differ");
        assertThat(count(aid, "<li>")).isEqualTo(6);
        assertThat(aid).contains("196 trucks").contains("href=\"#src-dailypost-erc-prcs-2023-11-25\"");
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
    @DisplayName("aid trucks: one bar per source per day against the minimum; 27 and 30 November, with no report, have no bar")
    void aidChart() {
        Chart aid = chart(BUNDLED, "aid-trucks");
        assertThat(day(aid, "2023-11-24").bars()).extracting(Bar::value).containsExactlyInAnyOrder(200L, 200L, 200L, 200L, 215L, 196L);
        assertThat(day(aid, "2023-11-24").requirements()).extracting(Requirement::value).containsExactly(200L);
        assertThat(day(aid, "2023-11-27").bars()).isEmpty();
        assertThat(day(aid, "2023-11-30").bars()).isEmpty();
        String svg = svg(render(new HtmlReport(Agreements::charts), BUNDLED), "aid-trucks");
        assertThat(count(svg, "<rect class=\"bar ")).isEqualTo(10);
        assertThat(count(svg, "<rect class=\"bar below\"")).as("the 196 of PRCS").isEqualTo(1);
        assertThat(count(svg, "class=\"missing\"")).isEqualTo(2);
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
                f.extensions(), f.prisoners(), f.days(), f.claims())));

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
                f.extensions(), f.prisoners(), f.days(), claims)));

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
        assertThat(count(html, "<html")).isEqualTo(1);
    }

    @Test
    @DisplayName("./truce check --format html -o FILE writes the page and exits 3, as some finding is VIOLATED")
    void commandLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.html");
        int code = Main.run("check", BundledReports.DATA.toString(), "--format", "html", "-o", file.toString());
        assertThat(code).isEqualTo(Main.VIOLATED);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(render(new HtmlReport(Agreements::charts), BUNDLED));
    }
}
