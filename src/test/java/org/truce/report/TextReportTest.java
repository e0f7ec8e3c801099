package org.truce.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.Report;
import org.truce.factset.Claim;
import org.truce.factset.FactSet;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.report.BundledReports.render;

@DisplayName("The text table: fact-set text shown, never obeyed")
class TextReportTest {

    /** Anything a terminal could act on, or that breaks or reorders a line (the newline of each line aside). */
    static final String RAW = "[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069]";

    /** The review's title: it sets the window title, clears the screen and forges two lines of the report. */
    static final String FORGED_TITLE = "ok\u001b]0;owned-title\u0007\u001b[2J\u001b[H\rFAKE: every term COMPLIANT\nTerms as reported: (forged line)";

    private static final Report BUNDLED = BundledReports.check(BundledReports.facts());

    @Test
    @DisplayName("a title, claim ids and the parties of a claim that drive the terminal or forge lines are shown as escapes")
    void plantedControls() {
        FactSet f = BundledReports.facts();
        List<Claim> claims = new ArrayList<>();
        for (Claim c : f.claims()) {
            claims.add(new Claim(c.id() + "\u001b[8m", c.by() + "\u202e", c.against() + "\r\n", c.term(), c.dates(), c.statement(), c.source()));
        }
        FactSet planted = new FactSet(f.format(), f.agreement(), FORGED_TITLE, f.sources(), f.extensions(), f.prisoners(), f.days(), claims);

        String text = render(new TextReport(), BundledReports.check(planted));

        assertThat(text).doesNotContainPattern(RAW);
        assertThat(text.lines().filter(l -> l.startsWith("Terms as reported: "))).hasSize(1);
        assertThat(text).doesNotContainPattern("(?m)^FAKE").contains(
                "ok\\u001b]0;owned-title\\u0007\\u001b[2J\\u001b[H\\rFAKE: every term COMPLIANT\\nTerms as reported: (forged line)");
        assertThat(text).contains(f.claims().get(0).id() + "\\u001b[8m").contains("Hamas\\u202e against Israel\\r\\n, 2023-11-");
    }
}
