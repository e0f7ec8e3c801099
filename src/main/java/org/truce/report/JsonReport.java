package org.truce.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import org.truce.check.ClaimVerdict;
import org.truce.check.Finding;
import org.truce.check.ReadingInForce;
import org.truce.check.Report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes reports in the format {@code truce-report/1} (docs/report-format.md): one object per report, an array for several. */
public final class JsonReport implements ReportWriter {

    public static final String FORMAT = "truce-report/1";
    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void write(List<Report> reports, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pretty);
            if (reports.size() == 1) {
                write(reports.get(0), g);
            } else {
                g.writeStartArray();
                for (Report r : reports) {
                    write(r, g);
                }
                // equivalent mutant: not ending the array writes the same bytes: closing the generator ends every open array (AUTO_CLOSE_JSON_CONTENT).
                g.writeEndArray();
            }
        }
        out.write('\n');
    }

    private static void write(Report report, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeStringField("agreement", report.facts().agreement());
        if (report.facts().title() != null) {
            g.writeStringField("title", report.facts().title());
        }
        if (report.scenario().asOf() != null) {
            g.writeStringField("asOf", report.scenario().asOf().given());
        }
        if (!report.scenario().whatIf().isEmpty()) {
            strings(g, "whatIf", report.scenario().whatIf());
        }
        if (!report.scenario().readings().isEmpty()) {
            g.writeObjectFieldStart("readings");
            for (var r : report.scenario().readings().entrySet()) {
                g.writeStringField(r.getKey(), r.getValue());
            }
            g.writeEndObject();
        }
        g.writeObjectFieldStart("parameters");
        for (var p : new java.util.TreeMap<>(report.parameters()).entrySet()) {
            g.writeNumberField(p.getKey(), p.getValue());
        }
        g.writeEndObject();
        if (!report.readings().isEmpty()) {
            g.writeObjectFieldStart("clauseReadings");
            String clause = null;
            for (ReadingInForce r : report.readings()) {
                if (!r.clause().equals(clause)) {
                    if (clause != null) {
                        g.writeEndArray();
                    }
                    clause = r.clause();
                    g.writeArrayFieldStart(clause);
                }
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("text", r.text());
                strings(g, "heldBy", r.heldBy());
                strings(g, "sources", r.sources());
                g.writeObjectFieldStart("parameters");
                for (var p : r.parameters().entrySet()) {
                    g.writeNumberField(p.getKey(), p.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeArrayFieldStart("findings");
        for (Finding f : report.findings()) {
            g.writeStartObject();
            g.writeStringField("id", f.id());
            g.writeStringField("term", f.term());
            g.writeStringField("clause", f.clause());
            strings(g, "clauseReportedBy", f.clauseReportedBy());
            g.writeBooleanField("clauseDisputed", f.clauseDisputed());
            if (f.clauseProvenance() != null) {
                g.writeStringField("clauseProvenance", f.clauseProvenance());
                if (f.clauseProvenanceParty() != null) {
                    g.writeStringField("clauseProvenanceParty", f.clauseProvenanceParty());
                }
            }
            g.writeStringField("date", f.date().toString());
            if (f.to() != null) {
                g.writeStringField("to", f.to().toString());
            }
            g.writeStringField("party", f.party());
            g.writeStringField("status", f.status().name());
            if (!f.contestedBy().isEmpty()) {
                strings(g, "contestedBy", f.contestedBy());
            }
            if (!f.readings().isEmpty()) {
                g.writeArrayFieldStart("readings");
                for (Finding.ReadingStatus r : f.readings()) {
                    g.writeStartObject();
                    g.writeStringField("id", r.id());
                    g.writeStringField("status", r.status().name());
                    strings(g, "heldBy", r.heldBy());
                    if (r.requirement() != null) {
                        g.writeStringField("requirement", r.requirement());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeStringField("summary", f.summary());
            g.writeArrayFieldStart("accounts");
            for (Finding.Account a : f.accounts()) {
                g.writeStartObject();
                strings(g, "sources", a.sources());
                if (a.reading() != null) {
                    g.writeStringField("reading", a.reading());
                }
                g.writeStringField("status", a.status().name());
                g.writeStringField("detail", a.detail());
                g.writeStringField("rule", a.rule());
                if (a.selfReported()) {
                    g.writeBooleanField("selfReported", true);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("rule", f.rule());
            if (!f.undecidedBy().isEmpty()) {
                g.writeArrayFieldStart("undecidedBy");
                for (Finding.Undecided u : f.undecidedBy()) {
                    g.writeStartObject();
                    strings(g, "sources", u.sources());
                    if (u.reading() != null) {
                        g.writeStringField("reading", u.reading());
                    }
                    g.writeStringField("why", u.why());
                    if (u.rule() != null) {
                        g.writeStringField("rule", u.rule());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (!f.defences().isEmpty()) {
                g.writeArrayFieldStart("defences");
                for (Finding.Defence d : f.defences()) {
                    g.writeStartObject();
                    g.writeStringField("claim", d.claim());
                    g.writeStringField("by", d.by());
                    g.writeStringField("verdict", d.verdict().name());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (!f.notes().isEmpty()) {
                g.writeArrayFieldStart("notes");
                for (Finding.Note n : f.notes()) {
                    g.writeStartObject();
                    g.writeStringField("text", n.text());
                    g.writeStringField("source", n.source());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("claims");
        for (ClaimVerdict c : report.claims()) {
            g.writeStartObject();
            g.writeStringField("id", c.claim().id());
            g.writeStringField("verdict", c.verdict().name());
            strings(g, "findings", c.findings());
            g.writeStringField("by", c.claim().by());
            g.writeStringField("against", c.claim().against());
            if (c.claim().term() != null) {
                g.writeStringField("term", c.claim().term());
            }
            if (c.claim().answers() != null) {
                g.writeStringField("answers", c.claim().answers());
            }
            if (c.reason() != null) {
                g.writeStringField("reason", c.reason());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!report.notes().isEmpty()) {
            strings(g, "notes", report.notes());
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
