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
        assertThat(lines.stream().filter(l -> l.startsWith("| ↳ over 2023-11-24 to 2023-11-25: T06 "))).as("the period finding's row").singleElement()
                .asString().endsWith("| ± CONTESTED (readings, sources) | ± CONTESTED (readings, sources) | | | | | |");
        assertThat(rows).allSatisfy(r -> assertThat(r.split(" \\|", -1)).hasSize(7 + 2));
        String extension = rows.stream().filter(r -> r.startsWith("| T05 ")).findFirst().orElseThrow();
        assertThat(extension).endsWith("| — | — | — | — | ✓ COMPLIANT | ✓ COMPLIANT | ± CONTESTED |");
        String trucks = rows.stream().filter(r -> r.startsWith("| T06 ")).findFirst().orElseThrow();
        assertThat(trucks).as("the status of T06 depends on its reading, on the 24th the sources disagree too").endsWith(
                "| ± CONTESTED (readings, sources) | ± CONTESTED (readings) | ± CONTESTED (readings) | ? UNDETERMINED"
                        + " | ± CONTESTED (readings) | ± CONTESTED (readings) | ? UNDETERMINED |");
    }

    @Test
    @DisplayName("every finding, claim and source appears, with clause text, party, accounts and addresses")
    void content() {
        String md = render(new MarkdownReport(), BUNDLED);
        assertThat(md.lines().filter(l -> l.startsWith("### ") && l.contains(" · 2023-11-"))).hasSize(BUNDLED.findings().size());
        assertThat(md).contains("### ± CONTESTED (readings, sources) · 2023-11-24 · daily-aid-trucks (daily-aid-trucks/2023-11-24)")
                .contains("### ± CONTESTED · 2023-11-24 · daily-fuel (daily-fuel/2023-11-24)")
                .contains("- **Party bound:** Israel")
                .contains("  - ✗ VIOLATED, read as 200-including-fuel: 196 trucks, according to ")
                .contains("  - ✗ VIOLATED: 129,000 litres, according to ");
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
    @DisplayName("./truce check --format markdown -o FILE writes the report; exit 0, as no finding is VIOLATED under every reading")
    void commandLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.md");
        int code = Main.run("check", BundledReports.DATA.toString(), "--format", "markdown", "-o", file.toString());
        assertThat(code).isEqualTo(Main.OK);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(render(new MarkdownReport(), BUNDLED));
    }

    /** Who holds the reading of the clause at this place in the clause index, as Markdown shows it: escaped, joined by "; ". */
    private static String heldBy(String clause, int reading) {
        return Escape.markdown(String.join("; ", BUNDLED.readingsOf(clause).get(reading).heldBy()));
    }

    @Test
    @DisplayName("Readings: each clause with readings lists them, with who holds each and its findings by status, after the matrix")
    void readings() {
        String md = render(new MarkdownReport(), BUNDLED);
        String section = md.substring(md.indexOf("\n## Readings\n"), md.indexOf("\n## Findings\n"));
        assertThat(md.indexOf("\n## Readings\n")).isGreaterThan(md.indexOf("| T14 "));
        assertThat(section).contains("**Clause T06 — Daily aid trucks** (daily-aid-trucks)\n").contains("**Clause T14 — Handover time** (handover-schedule)\n");
        assertThat(section.lines().filter(l -> l.startsWith("| 300-including-fuel | "))).singleElement().asString()
                .contains(" | " + heldBy("T06", 2) + " | ")
                .contains("daily-aid-trucks.minimum-per-day = 300").endsWith("| ✗ 6 VIOLATED · ? 3 UNDETERMINED |");
        // under 200-plus-fuel the days whose only reports, of 200 trucks or more, do not say which carried fuel are UNDETERMINED
        // (25 and 26 November), as are the days with no report (27 and 30)
        assertThat(section.lines().filter(l -> l.startsWith("| 200-plus-fuel | "))).singleElement().asString()
                .contains(" | " + heldBy("T06", 1) + " | ")
                .contains("| daily-aid-trucks.fuel-trucks-count = 0, daily-aid-trucks.minimum-per-day = 200 |")
                .endsWith("| ✓ 1 COMPLIANT · ✗ 2 VIOLATED · ± 1 CONTESTED · ? 5 UNDETERMINED |");
        assertThat(section.lines().filter(l -> l.startsWith("| before-midnight | "))).singleElement().asString()
                .contains(" | " + heldBy("T14", 1) + " | ").endsWith("| — | ✓ 1 COMPLIANT |");
        assertThat(md).contains("- ± **CONTESTED (readings)**: the status depends on the reading of the clause");
    }

    @Test
    @DisplayName("a finding of a clause with readings has a table of its status under each reading, who holds it and what it requires")
    void statusByReading() {
        String md = render(new MarkdownReport(), BUNDLED);
        String handover = md.substring(md.indexOf("(handover-schedule/2023-11-25)"));
        handover = handover.substring(0, handover.indexOf("\n### "));
        assertThat(handover).contains("- **Status by reading** (CONTESTED (readings): the status depends on the reading of the clause")
                .contains("\n| Reading | Status | Held by | Requires |\n|---|---|---|---|\n"
                        + "| announced-time | ✗ VIOLATED | " + heldBy("T14", 0) + " | completion no later than the time reported in advance |\n"
                        + "| before-midnight | ✓ COMPLIANT | " + heldBy("T14", 1) + " | completion before the end of the pause day (midnight) |\n\n");
        String fuel = md.substring(md.indexOf("(daily-fuel/2023-11-24)"));
        assertThat(fuel.substring(0, fuel.indexOf("\n### "))).as("a clause without readings").doesNotContain("Status by reading");
    }

    @Test
    @DisplayName("--reading keeps one reading: the what-if line is quoted under the title, and T06's cells are its statuses")
    void keptReading() {
        String md = render(new MarkdownReport(), BundledReports.check(BundledReports.facts(), BundledReports.reading("T06", "300-including-fuel")));
        assertThat(md).startsWith("# November 2023 humanitarian pause, as reported\n\n"
                + "> **⚠ What-if run: not the analysis of the agreement as reported.** This run changed what was reported:\n>\n"
                + "> - what-if: clause T06 read only as 300-including-fuel, its other readings set aside\n\nAgreement ");
        assertThat(md.lines().filter(l -> l.startsWith("| T06 "))).singleElement().asString()
                .endsWith("| ✗ VIOLATED | ✗ VIOLATED | ✗ VIOLATED | ? UNDETERMINED | ✗ VIOLATED | ✗ VIOLATED | ? UNDETERMINED |");
        assertThat(md).contains("**Clause T06 — Daily aid trucks** (daily-aid-trucks): one reading kept for this run\n");
        assertThat(render(new MarkdownReport(), BUNDLED)).doesNotContain("what-if").doesNotContain("What-if");
    }

    @Test
    @DisplayName("an @name or #number in fact-set text mentions no one and links no issue when the report is pasted into an issue")
    void noMentionsOrIssueLinks() {
        FactSet f = BundledReports.facts();
        List<org.truce.factset.Claim> claims = new java.util.ArrayList<>(f.claims());
        org.truce.factset.Claim c = claims.get(0);
        claims.set(0, new org.truce.factset.Claim(c.id(), c.by(), c.against(), c.term(), c.dates(), "@some-analyst confirmed it, see #1", c.source(), c.answers()));
        String md = render(new MarkdownReport(), BundledReports.check(new FactSet(f.format(), f.agreement(), f.title(), f.sources(),
                f.extensions(), f.prisoners(), f.days(), claims, f.periods())));

        assertThat(md).doesNotContainPattern("@[A-Za-z0-9]").doesNotContainPattern("(?<!&)#[A-Za-z0-9]")
                .contains("@&#8203;some-analyst confirmed it, see #&#8203;1").contains("Flash Update #&#8203;49");
    }
}
