package org.truce.report;

import org.truce.check.Finding;
import org.truce.check.Report;
import org.truce.factset.TerminalText;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code --format csv}: one row per account of every finding, for a spreadsheet, under one header row. RFC 4180: rows
 * end in CRLF, a cell holding a comma or a double quote is quoted and its quotes doubled. The text comes from fact files
 * that anyone may write, so a cell is made safe to open: line breaks and controls show as escapes ({@code \n}), one row
 * is one line, and a cell that a spreadsheet would run as a formula (it starts with {@code = + - @}) gets a leading
 * apostrophe and quotes, as OWASP advises against CSV injection. With several fact sets, their rows follow each other.
 */
public final class CsvReport implements ReportWriter {

    static final List<String> COLUMNS = List.of("finding", "term", "clause", "date", "party", "reading", "status", "sources", "selfReported", "detail",
            "run");

    @Override
    public void write(List<Report> reports, Writer out) throws IOException {
        row(out, COLUMNS);
        for (Report r : reports) {
            String run = run(r);
            for (Finding f : r.findings()) {
                for (Finding.Account a : f.accounts()) {
                    row(out, List.of(f.id(), f.term(), f.clause(), f.date().toString(), f.party(), a.reading() == null ? "" : a.reading(),
                            a.status().name(), String.join("; ", a.sources()), selfReported(a), a.detail(), run));
                }
            }
        }
    }

    /**
     * The run column: "as reported", or what the run changed (its what-if lines: --reading, --set, --rules) and the
     * instant an --as-of run stops at, as the header of every other format says them. A row copied out of the sheet
     * keeps it, so a what-if cannot pass for the analysis of the agreement as reported.
     */
    static String run(Report r) {
        List<String> lines = new java.util.ArrayList<>(r.scenario().whatIf());
        if (r.scenario().asOf() != null) {
            lines.add(r.scenario().asOf().header());
        }
        return lines.isEmpty() ? "as reported" : String.join(" / ", lines);
    }

    /** The self-reported column: whether the account rests only on the word of an interested party. */
    static String selfReported(Finding.Account a) {
        return Boolean.toString(a.selfReported());
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            line.append(line.isEmpty() ? "" : ",").append(cell(cell));
        }
        out.write(line.append("\r\n").toString());
    }

    /** One cell as RFC 4180 writes it, made inert for a spreadsheet. */
    static String cell(String text) {
        String safe = TerminalText.escape(text);
        boolean formula = !safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0;
        if (formula) {
            safe = "'" + safe;
        }
        if (formula || safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
