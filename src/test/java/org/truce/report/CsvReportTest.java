package org.truce.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.truce.check.Finding;
import org.truce.check.Report;
import org.truce.factset.Day;
import org.truce.factset.FactSet;
import org.truce.factset.Source;
import org.truce.testing.RuleBooks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The CSV report: one row per account, RFC 4180, safe to open in a spreadsheet")
class CsvReportTest {

    private static final Report BUNDLED = BundledReports.check(BundledReports.facts());

    /** The cells of one line of the CSV report. */
    static List<String> cells(String line) {
        return org.truce.testing.Csv.cells(line);
    }

    @Test
    @DisplayName("a header, then every account of every finding as a row of ten cells, each row ending in CRLF")
    void everyAccount() {
        String csv = BundledReports.render(new CsvReport(), BUNDLED);
        assertThat(csv).endsWith("\r\n");
        String[] rows = csv.split("\r\n");
        assertThat(rows[0]).isEqualTo("finding,term,clause,date,party,reading,status,sources,selfReported,detail,run");
        int accounts = BUNDLED.findings().stream().mapToInt(f -> f.accounts().size()).sum();
        assertThat(rows).hasSize(accounts + 1);
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String row : rows) {
            assertThat(cells(row)).as(row).hasSize(11);
        }
        Finding ratio = BUNDLED.findings().stream().filter(f -> f.id().equals("initial-hostages/2023-11-27")).findFirst().orElseThrow();
        Finding.Account first = ratio.accounts().get(0);
        assertThat(List.of(rows)).filteredOn(r -> r.startsWith("initial-hostages/2023-11-27,")).hasSize(ratio.accounts().size())
                .first().satisfies(r -> assertThat(cells(r)).containsExactly("initial-hostages/2023-11-27", "initial-hostages", "T03",
                        "2023-11-27", "Hamas", "", "COMPLIANT", String.join("; ", first.sources()), Boolean.toString(first.selfReported()), first.detail(),
                        "as reported"));
    }

    @Test
    @DisplayName("a what-if says so on every row, in the run column, as every other format says it in its header")
    void whatIfOnEveryRow() throws Exception {
        Report whatIf = BundledReports.check(BundledReports.facts(), BundledReports.reading("T06", "300-including-fuel"));
        String[] rows = BundledReports.render(new CsvReport(), whatIf).split("\r\n");
        assertThat(java.util.Arrays.asList(rows).subList(1, rows.length)).isNotEmpty()
                .allSatisfy(r -> assertThat(cells(r).get(10)).isEqualTo("what-if: clause T06 read only as 300-including-fuel, its other readings set aside"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "200 trucks|200 trucks",
            "=1+1|\"'=1+1\"",
            "+44 20|\"'+44 20\"",
            "-5|\"'-5\"",
            "@SUM(A1)|\"'@SUM(A1)\"",
            "13 hostages, 39 prisoners|\"13 hostages, 39 prisoners\"",
            "said \"no\"|\"said \"\"no\"\"\"",
            "`=HYPERLINK(\"http://x\",\"y\")`|\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""})
    @DisplayName("a cell that a spreadsheet would run as a formula gets an apostrophe and quotes; commas and quotes are quoted")
    void cell(String text, String written) {
        assertThat(CsvReport.cell(text)).isEqualTo(written);
        assertThat(cells(CsvReport.cell(text))).containsExactly(written.startsWith("\"'") ? "'" + text : text);
    }

    @Test
    @DisplayName("line breaks, tabs and terminal controls show as escapes, so a row stays one line; a tab or CR cannot start a formula")
    void controls() {
        assertThat(CsvReport.cell("a\nb")).isEqualTo("a\\nb");
        assertThat(CsvReport.cell("\t=1")).isEqualTo("\\t=1");
        assertThat(CsvReport.cell("\u001b[31mred")).isEqualTo("\\u001b[31mred");
        assertThat(CsvReport.cell(null)).isEmpty();
    }

    @Test
    @DisplayName("a source id written as a formula in a fact file reaches the spreadsheet as text")
    void plantedSourceId() {
        String id = "=cmd|' /C calc'!A0";
        FactSet f = new FactSet("truce-facts/1", "gaza-2023-11", "t", List.of(new Source(id, "Monitor A", null, "t", null, null)), List.of(),
                List.of(), List.of(new Day(LocalDate.of(2023, 11, 24), List.of(), List.of(), List.of(), List.of(new Day.FuelReport(130_000, id, null)),
                        List.of(), List.of())), List.of());
        String csv = BundledReports.render(new CsvReport(), RuleBooks.checker().check(f, RuleBooks.bundled()));
        String row = csv.lines().filter(l -> l.startsWith("daily-fuel/2023-11-24,")).findFirst().orElseThrow();
        assertThat(row).contains(",\"'=cmd|' /C calc'!A0\",");
        assertThat(cells(row).get(7)).isEqualTo("'" + id);
    }
}
