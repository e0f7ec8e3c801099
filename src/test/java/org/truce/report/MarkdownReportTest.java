package org.truce.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.check.Report;
import org.truce.cli.Main;
import org.truce.factset.FactSet;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.report.BundledReports.render;

@DisplayName("The Markdown report: the matrix, the findings, the claims and the sources, as text that cannot carry markup")
class MarkdownReportTest {

    private static final Report BUNDLED = BundledReports.check(BundledReports.facts());

    @Test
    @DisplayName("the matrix of the bundled data has one row per term and one column per pause day")
    void matrix() {
        List<String> lines = render(new MarkdownReport(), BUNDLED).lines().toList();
        String header = lines.stream().filter(l -> l.startsWith("| Term")).findFirst().orElseThrow();
        assertThat(header.split("\\|", -1)).hasSize(7 + 3);
        assertThat(header).contains("Fri 24 Nov, day 1").contains("Thu 30 Nov, day 7 (extension)");
        List<String> rows = lines.stream().filter(l -> l.matches("\\| T\\d\\d .*")).toList();
        assertThat(rows).hasSize(8);
        assertThat(rows).allSatisfy(r -> assertThat(r.split(" \\|", -1)).hasSize(7 + 2));
        String extension = rows.stream().filter(r -> r.startsWith("| T05 ")).findFirst().orElseThrow();
        assertThat(extension).endsWith("| — | — | — | — | ✓ COMPLIANT | ✓ COMPLIANT | ± CONTESTED |");
    }

    @Test
    @DisplayName("every finding, claim and source appears, with clause text, party, accounts and addresses")
    void content() {
        String md = render(new MarkdownReport(), BUNDLED);
        assertThat(md.lines().filter(l -> l.startsWith("### ") && l.contains(" · 2023-11-"))).hasSize(BUNDLED.findings().size());
        assertThat(md).contains("### ± CONTESTED · 2023-11-24 · daily-aid-trucks (daily-aid-trucks/2023-11-24)")
                .contains("- **Party bound:** Israel")
                .contains("  - ✗ VIOLATED: 196 trucks, according to ");
        BUNDLED.claims().forEach(c -> assertThat(md).contains(Escape.markdown(c.claim().id())));
        BUNDLED.facts().sources().forEach(s -> assertThat(md).contains("| " + Escape.markdown(s.id()) + " |"));
        assertThat(md).contains("](https://www.ochaopt.org/content/hostilities-gaza-strip-and-israel-flash-update-49) |");
    }

    @Test
    @DisplayName("text planted in a fact set cannot open HTML, a link, code or a table cell")
    void escapesPlantedText() {
        String md = render(new MarkdownReport(), BundledReports.check(BundledReports.withPlantedText(BundledReports.facts())));
        assertThat(md).as("every < is escaped but the line breaks of matrix cells").doesNotContainPattern("(?<!\\\\)<(?!br>)");
        assertThat(md).doesNotContainPattern("(?<!\\\\)\\]\\(javascript").doesNotContain(" `code`");
        assertThat(md).contains("\\<script\\>document.title='pwned'\\</script\\>")
                .contains("\\[click\\](javascript:alert(1)) \\| \\`code\\`")
                .contains("| javascript:document.title='pwned' |")
                .contains("[HTTPS://example.org/a b](HTTPS://example.org/a%20b)");
    }

    @Test
    @DisplayName("the same facts in any order give byte-identical Markdown")
    void deterministic() {
        FactSet facts = BundledReports.facts();
        String once = render(new MarkdownReport(), BundledReports.check(facts));
        assertThat(render(new MarkdownReport(), BundledReports.check(BundledReports.shuffled(facts, 3)))).isEqualTo(once);
    }

    @Test
    @DisplayName("./truce check --format markdown -o FILE writes the report")
    void commandLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.md");
        int code = Main.run("check", BundledReports.DATA.toString(), "--format", "markdown", "-o", file.toString());
        assertThat(code).isEqualTo(Main.VIOLATED);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(render(new MarkdownReport(), BUNDLED));
    }

    @Test
    @DisplayName("an @name or #number in fact-set text mentions no one and links no issue when the report is pasted into an issue")
    void noMentionsOrIssueLinks() {
        FactSet f = BundledReports.facts();
        List<org.truce.factset.Claim> claims = new java.util.ArrayList<>(f.claims());
        org.truce.factset.Claim c = claims.get(0);
        claims.set(0, new org.truce.factset.Claim(c.id(), c.by(), c.against(), c.term(), c.dates(), "@some-analyst confirmed it, see #1", c.source(), c.answers()));
        String md = render(new MarkdownReport(), BundledReports.check(new FactSet(f.format(), f.agreement(), f.title(), f.sources(),
                f.extensions(), f.prisoners(), f.days(), claims)));

        assertThat(md).doesNotContainPattern("@[A-Za-z0-9]").doesNotContainPattern("(?<!&)#[A-Za-z0-9]")
                .contains("@&#8203;some-analyst confirmed it, see #&#8203;1").contains("Flash Update #&#8203;49");
    }
}
