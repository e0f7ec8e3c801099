package org.truce.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.truce.check.ClaimVerdict;
import org.truce.check.Finding;
import org.truce.check.Report;

import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At any width the text report cuts only the summaries of the findings table (with "…"): every requirement, every
 * claim with its verdict and what it rests on, and every defence are wrapped, never lost, whether set beside their
 * labels or stacked under them.
 */
@DisplayName("The text table at narrow widths: requirements, claims and defences wrapped whole, beside or under their labels")
class TextNarrowContentTest {

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {40, 44, 60, 80, 120})
    void nothingLost(int width) throws Exception {
        Report r = BundledReports.check(BundledReports.facts());
        StringWriter out = new StringWriter();
        new TextReport(width).write(List.of(r), out);
        String text = out.toString();
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
        String flat = squeeze(text);
        for (Finding f : r.findings()) {
            assertThat(flat).as("requirement of %s at %s columns", f.term(), width).contains(squeeze(f.requirement()));
        }
        for (ClaimVerdict c : r.claims()) {
            assertThat(flat).as("claim %s", c.claim().id()).containsPattern(java.util.regex.Pattern.quote(c.claim().id()) + " +" + c.verdict());
            if (!c.findings().isEmpty()) {
                assertThat(flat).contains("findings: " + String.join(", ", c.findings()));
            }
        }
        assertThat(text).contains("\n\nDEFENCES").contains("\n\nCLAIMS\n").contains("\n\nREADINGS");
    }
}
