package org.truce.report;

import org.truce.cli.Agreements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.Finding;
import org.truce.check.Report;
import org.truce.check.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.report.BundledReports.render;

/** What could not be decided is said of this fact set, never of "the reports": the public record may hold more. */
@DisplayName("What could not be decided is said of this fact set, not of the reports")
class UndecidedWordingTest {

    private static final Report BUNDLED = BundledReports.check(BundledReports.facts());

    @Test
    @DisplayName("an UNDETERMINED finding's summary says there is no account in this fact set, and what it needs")
    void summary() {
        Finding order = BUNDLED.findings().stream().filter(f -> f.id().equals("release-order/2023-11-26")).findFirst().orElseThrow();
        assertThat(order.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(order.summary()).isEqualTo("no account in this fact set: needs a list by id of those released (counts cannot show the order),"
                + " and, read as selection-by-seniority, the detention dates of every eligible prisoner, released or not;"
                + " requires nobody released ahead of a longer-serving eligible prisoner still held (read as order-of-release);"
                + " or only the longest-serving of the eligible selected for release over the pause, whatever the day"
                + " (read as selection-by-seniority)");
    }

    @Test
    @DisplayName("text, Markdown and HTML say what this fact set could not decide")
    void reports() {
        String text = render(new TextReport(), BUNDLED);
        assertThat(text).contains("WHAT THIS FACT SET SAYS").doesNotContain("WHAT THE REPORTS SAY")
                .containsPattern("2023-11-26\\s+release-order\\s+T12\\s+UNDETERMINED\\s+Israel\\s+no account: needs a list by id");
        String md = render(new MarkdownReport(), BUNDLED);
        assertThat(md).contains("- **Accounts:** none; nothing in this fact set could decide this term on this day\n")
                .contains("**UNDETERMINED**: there is no account: this fact set has no report of an input of the term that day")
                .doesNotContain("nothing reported");
        String html = render(new HtmlReport(Agreements::charts), BUNDLED);
        assertThat(html).contains("No account: nothing in this fact set could decide this term on this day.")
                .contains("there is no account: this fact set has no report of an input of the term that day")
                .doesNotContain("nothing reported");
    }
}
