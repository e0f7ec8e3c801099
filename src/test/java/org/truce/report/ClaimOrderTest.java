package org.truce.report;

import org.truce.cli.Agreements;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.Report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.report.BundledReports.render;
import static org.truce.testing.FactSetBuilder.facts;

/** Sorting claims by id put one party's first (their ids start with its name); reports for people sort by date. */
@DisplayName("Claims: reports for people list them by first date, then id; the JSON report by id, as docs/report-format.md says")
class ClaimOrderTest {

    private static final Report CLAIMS = BundledReports.check(facts()
            .claim("a-late", "Hamas", "Israel", "T06A", List.of(LocalDate.parse("2023-11-27")), "Monitor A")
            .claim("z-early", "Israel", "Hamas", "T14A", List.of(LocalDate.parse("2023-11-24")), "Monitor B")
            .claim("m-both", "Hamas", "Israel", "T06A", List.of(LocalDate.parse("2023-11-25"), LocalDate.parse("2023-11-24")), "Monitor A")
            .build());

    private static final List<String> BY_DATE = List.of("m-both", "z-early", "a-late");

    /** The claim ids in the order they first appear after {@code from}. */
    private static List<String> order(String text, String from) {
        String rest = text.substring(text.indexOf(from));
        List<String> ids = new ArrayList<>(List.of("a-late", "m-both", "z-early"));
        ids.sort((a, b) -> Integer.compare(rest.indexOf(a), rest.indexOf(b)));
        return ids;
    }

    @Test
    @DisplayName("text, Markdown and HTML: by first date, then id")
    void forPeople() {
        assertThat(order(render(new TextReport(), CLAIMS), "\nCLAIMS")).containsExactlyElementsOf(BY_DATE);
        assertThat(order(render(new MarkdownReport(), CLAIMS), "\n## Claims")).containsExactlyElementsOf(BY_DATE);
        assertThat(order(render(new HtmlReport(Agreements::charts), CLAIMS), "<h2>Claims</h2>")).containsExactlyElementsOf(BY_DATE);
    }

    @Test
    @DisplayName("JSON: by id")
    void json() throws Exception {
        JsonNode claims = new ObjectMapper().readTree(render(new JsonReport(), CLAIMS)).get("claims");
        assertThat(claims).extracting(c -> c.get("id").asText()).containsExactly("a-late", "m-both", "z-early");
    }
}
