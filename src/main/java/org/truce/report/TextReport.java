package org.truce.report;

import org.truce.check.ClaimVerdict;
import org.truce.check.Finding;
import org.truce.check.Report;
import org.truce.check.Status;
import org.truce.factset.TerminalText;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A table for a terminal: one line per finding (date, term, status, party, summary), then the claims and their verdicts.
 * Every text from the fact set or the rule set is escaped for the terminal, so none can forge a line or drive it.
 */
public final class TextReport implements ReportWriter {

    /** The fewest characters of a summary shown, however narrow the table is asked to be: a cut word is still a clue. */
    private static final int NARROWEST = 20;

    private final int width;

    /** A table that shows every summary whole, however wide that makes it. */
    public TextReport() {
        this(0);
    }

    /** A table that fits {@code width} columns, summaries cut with "…" where they would not; 0 shows them whole. */
    public TextReport(int width) {
        if (width < 0) {
            throw new IllegalArgumentException("expected a width of 0 (whole summaries) or more columns, found " + width);
        }
        this.width = width;
    }

    @Override
    public void write(List<Report> reports, Writer out) throws IOException {
        boolean first = true;
        for (Report r : reports) {
            if (!first) {
                out.write("\n");
            }
            first = false;
            write(r, out);
        }
    }

    private void write(Report r, Writer out) throws IOException {
        out.write(t(r.facts().agreement()) + (r.facts().title() == null ? "" : " — " + t(r.facts().title())) + "\n");
        out.write("Terms as reported: " + t(r.index().title()) + "\n\n");
        int termWidth = Math.max(4, r.findings().stream().mapToInt(f -> t(f.term()).length()).max().orElse(4));
        int partyWidth = Math.max(5, r.findings().stream().mapToInt(f -> t(f.party()).length()).max().orElse(5));
        String row = "%-10s  %-" + termWidth + "s  %-6s  %-12s  %-" + partyWidth + "s  ";
        out.write(String.format(row, "DATE", "TERM", "CLAUSE", "STATUS", "PARTY") + "WHAT THIS FACT SET SAYS" + System.lineSeparator());
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        Map<String, String> requirements = new java.util.TreeMap<>();
        for (Finding f : r.findings()) {
            counts.merge(f.status(), 1, Integer::sum);
            requirements.putIfAbsent(t(f.term()), t(f.requirement()));
            String columns = String.format(row, f.date(), t(f.term()), t(f.clause()), f.status(), t(f.party()));
            out.write(columns + shorten(t(brief(f)), room(columns.length())) + System.lineSeparator());
        }
        out.write("\nWhat each term requires (numbers are parameters of the clause index):\n");
        for (var e : requirements.entrySet()) {
            out.write(String.format("  %-" + termWidth + "s  %s%n", e.getKey(), e.getValue()));
        }
        provenance(r, out);
        out.write("\n" + r.findings().size() + " findings:");
        for (Status s : Status.values()) {
            out.write(" " + counts.getOrDefault(s, 0) + " " + s + (s == Status.UNDETERMINED ? "" : ","));
        }
        out.write("\n");
        defences(r, out);
        if (!r.claims().isEmpty()) {
            out.write("\nCLAIMS\n");
            int idWidth = Math.max(2, r.claims().stream().mapToInt(c -> t(c.claim().id()).length()).max().orElse(2));
            String claimRow = "%-" + idWidth + "s  %-13s  %s%n";
            int room = room(idWidth + 2 + 13 + 2);
            out.write(String.format(claimRow, "ID", "VERDICT", "CLAIM AND WHAT IT RESTS ON"));
            for (ClaimVerdict c : ReportView.claimsByDate(r)) {
                List<String> lines = new java.util.ArrayList<>();
                lines.addAll(wrap(t(c.claim().by() + " against " + c.claim().against() + ", " + dates(c) + ": " + about(r, c)), room));
                String basis = c.findings().isEmpty() ? "" : "findings: " + String.join(", ", c.findings());
                String reason = shortReason(r, c);
                if (reason != null) {
                    basis = basis.isEmpty() ? reason : basis + "; " + reason;
                }
                lines.addAll(wrap(t(basis), room));
                out.write(String.format(claimRow, t(c.claim().id()), c.verdict(), lines.get(0)));
                for (String more : lines.subList(1, lines.size())) {
                    out.write(String.format(claimRow, "", "", more));
                }
            }
        }
        for (String note : r.notes()) {
            out.write("\nNote: " + t(note) + "\n");
        }
    }

    /** How each term's clause is known, one line per term whose clause index entry says; nothing is guessed. */
    private static void provenance(Report r, Writer out) throws IOException {
        Map<String, String> lines = new java.util.TreeMap<>();
        for (Finding f : r.findings()) {
            if (f.clauseProvenance() != null) {
                lines.putIfAbsent(t(f.clause()) + " " + t(f.term()), ReportView.provenance(f.clauseProvenance(), f.clauseProvenanceParty()));
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        out.write("\nPROVENANCE (how each term's clause is known, as the clause index says)\n");
        for (var e : lines.entrySet()) {
            out.write("  " + e.getKey() + ": " + e.getValue() + "\n");
        }
    }

    /** The claims that answer a finding against their author, one line each, beside the finding's status. */
    private static void defences(Report r, Writer out) throws IOException {
        List<Finding> answered = r.findings().stream().filter(f -> !f.defences().isEmpty()).toList();
        if (answered.isEmpty()) {
            return;
        }
        int findingWidth = Math.max(7, answered.stream().mapToInt(f -> t(f.id()).length()).max().orElse(7));
        int statusWidth = Math.max(6, answered.stream().mapToInt(f -> f.status().name().length()).max().orElse(6));
        int claimWidth = Math.max(5, answered.stream().flatMap(f -> f.defences().stream()).mapToInt(d -> t(d.claim()).length()).max().orElse(5));
        int byWidth = Math.max(2, answered.stream().flatMap(f -> f.defences().stream()).mapToInt(d -> t(d.by()).length()).max().orElse(2));
        String row = "%-" + findingWidth + "s  %-" + statusWidth + "s  %-" + claimWidth + "s  %-" + byWidth + "s  %s%n";
        out.write("\nDEFENCES (claims of the party bound that answer a finding; the finding keeps its status)\n");
        out.write(String.format(row, "FINDING", "STATUS", "CLAIM", "BY", "VERDICT"));
        for (Finding f : answered) {
            for (Finding.Defence d : f.defences()) {
                out.write(String.format(row, t(f.id()), f.status(), t(d.claim()), t(d.by()), d.verdict()));
            }
        }
    }

    /** Text from the fact set or the rule set as a terminal must show it: never a control it would obey, never a line break. */
    private static String t(String text) {
        return TerminalText.escape(text);
    }

    /** The accounts in a few words: the distinct readings, and how many accounts there are. */
    private static String brief(Finding f) {
        if (f.accounts().isEmpty()) {
            return "no account: " + f.summary().replaceFirst("^no account in this fact set: needs ", "needs ").replaceFirst("; requires .*$", "");
        }
        java.util.Set<String> details = new java.util.LinkedHashSet<>();
        f.accounts().forEach(a -> details.add(a.detail()));
        String text = String.join(" / ", details);
        return f.accounts().size() == 1 ? text : text + " (" + f.accounts().size() + " accounts)";
    }

    /** The columns left for text after {@code used} columns of a line: all it needs when the table has no width. */
    private int room(int used) {
        return width == 0 ? Integer.MAX_VALUE : Math.max(NARROWEST, width - used);
    }

    /** The text in at most {@code room} characters, cut with "…" where it is longer (never inside a surrogate pair). */
    private static String shorten(String text, int room) {
        if (text.length() <= room) {
            return text;
        }
        int end = room - 1;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static String dates(ClaimVerdict c) {
        return String.join(", ", c.claim().dates().stream().sorted().map(Object::toString).toList());
    }

    /** What the claim is about: the term, or the clause with its heading, or no clause. */
    private static String about(Report r, ClaimVerdict c) {
        String term = c.claim().term();
        if (term == null) {
            return "no clause of the agreement as reported";
        }
        return r.index().clause(term).map(cl -> cl.id() + " " + cl.heading())
                .or(() -> r.index().clauseOfTerm(term).map(cl -> term + " (" + cl.id() + " " + cl.heading() + ")"))
                .orElse(term);
    }

    /** The reason in a few words; the JSON report carries it in full. */
    private static String shortReason(Report r, ClaimVerdict c) {
        if (c.reason() == null) {
            return null;
        }
        String term = c.claim().term();
        if (term != null && r.index().clause(term).filter(cl -> !cl.modelled()).isPresent()) {
            return "no term models " + term + " (the clause index says why)";
        }
        return c.reason();
    }

    /** Breaks text at spaces into lines of at most {@code width} characters (a longer word stands alone). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
