package org.truce.report;

import org.truce.cli.Agreements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.Report;
import org.truce.report.ReportView.Bar;
import org.truce.report.ReportView.Chart;
import org.truce.report.ReportView.ChartDay;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.truce.report.BundledReports.render;
import static org.truce.testing.FactSetBuilder.facts;

/**
 * Five outlets relaying one statement are one voice: drawn as five bars, they would outweigh one statement of another
 * speaker. The monitors and outlets are placeholders.
 */
@DisplayName("Charts: one speaker's figure, relayed by several publishers, is one bar labelled with the number of reports")
class ChartSpeakersTest {

    private static final Report RELAYED = BundledReports.check(facts()
            .relay("Outlet 1", "Monitor A").relay("Outlet 2", "Monitor A").relay("Outlet 3", "Monitor A").relay("Outlet 4", "Monitor A")
            .day("2023-11-24").trucks(200, "Outlet 1").trucks(200, "Outlet 3").trucks(200, "Monitor A").trucks(196, "Monitor B")
            .trucks(190, "Outlet 2").and()
            .day("2023-11-25").trucks(200, "Outlet 4").trucks(120, "Outlet 1").trucks(80, "Outlet 1").and()
            .build());

    private static ChartDay day(Report r, String date) {
        Chart aid = Agreements.charts(r.facts().agreement()).charts(ReportView.of(r)).stream().filter(c -> c.id().equals("aid-trucks")).findFirst().orElseThrow();
        return aid.days().stream().filter(d -> d.day().date().toString().equals(date)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("the same figure from one speaker is one bar, placed at its first source; another figure of that speaker is its own bar")
    void grouped() {
        assertThat(day(RELAYED, "2023-11-24").bars()).extracting(Bar::label, Bar::value, Bar::sources).containsExactly(
                tuple("Monitor A (3 reports)", 200L, List.of("monitor-a", "outlet-1", "outlet-3")),
                tuple("Monitor B", 196L, List.of("monitor-b")),
                tuple("Outlet 2 (Monitor A)", 190L, List.of("outlet-2")));
        assertThat(day(RELAYED, "2023-11-25").bars()).extracting(Bar::label, Bar::value)
                .as("one source's reports of a day add up before any grouping").containsExactly(
                        tuple("Monitor A (2 reports)", 200L));
    }

    @Test
    @DisplayName("the page draws one bar per speaker and figure, names every source of a grouped bar, and says so in the caption")
    void drawn() {
        String html = render(new HtmlReport(Agreements::charts), RELAYED);
        String svg = html.substring(html.indexOf("<svg class=\"chart\" id=\"chart-aid-trucks\""));
        svg = svg.substring(0, svg.indexOf("</svg>"));
        assertThat(HtmlReportTest.count(svg, "<rect class=\"bar ")).isEqualTo(4);
        assertThat(svg).contains("<title>Monitor A (3 reports): 200 (sources monitor-a, outlet-1, outlet-3)</title>")
                .contains("<title>Monitor B: 196 (source monitor-b)</title>");
        String caption = html.substring(html.indexOf("<strong>Aid trucks that entered Gaza"));
        caption = caption.substring(0, caption.indexOf("</figcaption>"));
        assertThat(caption).contains("one bar, labelled with the speaker and the number of reports");
    }
}
