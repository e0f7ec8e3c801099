package org.truce.report;

import org.truce.check.ClaimVerdict;
import org.truce.check.Finding;
import org.truce.check.ReadingInForce;
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
    /** The fewest characters of a summary shown when the fixed columns leave less: a table narrower than them cannot fit. */
    private static final int NARROWEST = 8;
    /** Fewer columns than this left for a finding's summary beside the fixed columns: each finding is stacked over its summary. */
    private static final int NARROWEST_SUMMARY = 16;

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
        for (String line : wrap(t(r.facts().agreement()) + (r.facts().title() == null ? "" : " — " + t(r.facts().title())), room(0))) {
            out.write(line + "\n");
        }
        for (String line : wrap("Terms: " + t(r.index().title()), room(0))) {
            out.write(line + "\n");
        }
        if (r.scenario().asOf() != null) {
            for (String line : wrap(r.scenario().asOf().header(), room(0))) {
                out.write(line + "\n");
            }
        }
        for (String whatIf : r.scenario().whatIf()) {
            for (String line : wrap(t(whatIf), room(0))) {
                out.write(line + "\n");
            }
        }
        out.write("\n");
        int termWidth = Math.max(4, r.findings().stream().mapToInt(f -> t(f.term()).length()).max().orElse(4));
        int partyWidth = Math.max(5, r.findings().stream().mapToInt(f -> t(f.party()).length()).max().orElse(5));
        int statusWidth = Math.max(12, r.findings().stream().mapToInt(f -> ReportView.status(f).length()).max().orElse(12));
        String row = "%-10s  %-" + termWidth + "s  %-6s  %-" + statusWidth + "s  %-" + partyWidth + "s  ";
        int fixed = String.format(row, "", "", "", "", "").length();
        // Narrower than the fixed columns and a few characters of summary: each finding on a line, its summary below.
        boolean stacked = width > 0 && fixed + NARROWEST_SUMMARY > width;
        if (!stacked) {
            out.write(String.format(row, "DATE", "TERM", "CLAUSE", "STATUS", "PARTY") + shorten("WHAT THIS FACT SET SAYS", room(fixed))
                    + System.lineSeparator());
        }
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        // Per term, each requirement its findings state, in the order of the findings: a term judged differently on
        // some dates (an extension judged as a whole on its last day) lists each.
        Map<String, java.util.Set<String>> requirements = new java.util.TreeMap<>();
        for (Finding f : r.findings()) {
            counts.merge(f.status(), 1, Integer::sum);
            // A period finding requires the term on each of its days: said once per period, after the term's own requirement.
            requirements.computeIfAbsent(t(f.term()), x -> new java.util.LinkedHashSet<>())
                    .add(f.overPeriod() ? "over " + ReportView.dates(f) + ": " + t(f.requirement()) : t(f.requirement()));
            if (stacked) {
                for (String line : wrap(f.date() + " " + t(f.term()) + " " + t(f.clause()) + " " + ReportView.status(f) + " " + t(f.party()), room(0))) {
                    out.write(line + System.lineSeparator());
                }
                for (String line : wrap(t(brief(f)), room(4))) {
                    out.write("    " + line + System.lineSeparator());
                }
                continue;
            }
            String columns = String.format(row, f.date(), t(f.term()), t(f.clause()), ReportView.status(f), t(f.party()));
            out.write(columns + shorten(t(brief(f)), room(columns.length())) + System.lineSeparator());
        }
        if (ReportView.anySelfReported(r)) {
            heading(out, ReportView.SELF_REPORTED + " an account that " + ReportView.SELF_REPORTED_MEANING + ".");
        }
        heading(out, "What each term requires (numbers are parameters of the clause index):");
        // A requirement under readings names them ("(read as 200-including-fuel)"): a word that would stick out of the
        // column beside the terms puts the requirements under them instead.
        int longestWord = requirements.values().stream().flatMap(java.util.Set::stream).flatMap(t -> java.util.Arrays.stream(t.split(" ")))
                .mapToInt(String::length).max().orElse(0);
        boolean narrow = width > 0 && 2 + termWidth + 2 + Math.max(2 * NARROWEST, longestWord) > width;
        for (var e : requirements.entrySet()) {
            if (narrow) {
                out.write("  " + e.getKey() + "\n");
                for (String requirement : e.getValue()) {
                    for (String line : wrap(requirement, room(4))) {
                        out.write("    " + line + "\n");
                    }
                }
                continue;
            }
            String label = e.getKey();
            for (String requirement : e.getValue()) {
                List<String> lines = wrap(requirement, room(2 + termWidth + 2));
                out.write(String.format("  %-" + termWidth + "s  %s%n", label, lines.get(0)));
                for (String more : lines.subList(1, lines.size())) {
                    out.write(String.format("  %-" + termWidth + "s  %s%n", "", more));
                }
                label = "";
            }
        }
        readings(r, out, room(0));
        provenance(r, out, room(0));
        StringBuilder total = new StringBuilder(r.findings().size() + " findings:");
        for (Status s : Status.values()) {
            total.append(' ').append(counts.getOrDefault(s, 0)).append(' ').append(s).append(s == Status.UNDETERMINED ? "" : ",");
        }
        heading(out, total.toString());
        defences(r, out, room(0));
        notes(r, out, room(0));
        if (!r.claims().isEmpty()) {
            out.write("\nCLAIMS\n");
            int idWidth = Math.max(2, r.claims().stream().mapToInt(c -> t(c.claim().id()).length()).max().orElse(2));
            String claimRow = "%-" + idWidth + "s  %-13s  %s%n";
            // Too narrow for the id and the verdict beside some words of the claim: the id and verdict on a line, the claim below.
            boolean stackedClaims = width > 0 && idWidth + 2 + 13 + 2 + 2 * NARROWEST > width;
            int room = stackedClaims ? room(4) : room(idWidth + 2 + 13 + 2);
            if (!stackedClaims) {
                out.write(String.format(claimRow, "ID", "VERDICT", "CLAIM AND WHAT IT RESTS ON"));
            }
            for (ClaimVerdict c : ReportView.claimsByDate(r)) {
                List<String> lines = new java.util.ArrayList<>();
                lines.addAll(wrap(t(c.claim().by() + " against " + c.claim().against() + ", " + dates(c) + ": " + about(r, c)), room));
                String basis = c.findings().isEmpty() ? "" : "findings: " + String.join(", ", c.findings());
                String reason = shortReason(r, c);
                if (reason != null) {
                    basis = basis.isEmpty() ? reason : basis + "; " + reason;
                }
                lines.addAll(wrap(t(basis), room));
                if (stackedClaims) {
                    for (String line : wrap(t(c.claim().id()) + " " + c.verdict(), room(0))) {
                        out.write(line + "\n");
                    }
                    for (String line : lines) {
                        out.write("    " + line + "\n");
                    }
                    continue;
                }
                out.write(String.format(claimRow, t(c.claim().id()), c.verdict(), lines.get(0)));
                for (String more : lines.subList(1, lines.size())) {
                    out.write(String.format(claimRow, "", "", more));
                }
            }
        }
        for (String note : r.notes()) {
            heading(out, "Note: " + t(note));
        }
    }

    /** A blank line, then {@code text} wrapped to the table's width. */
    private void heading(Writer out, String text) throws IOException {
        out.write("\n");
        for (String line : wrap(text, room(0))) {
            out.write(line + "\n");
        }
    }

    /**
     * Each clause with readings in force: each reading, who holds it, and how many of its term's findings have each
     * status under it, so that a reader sees which outcome rests on which reading.
     */
    private static void readings(Report r, Writer out, int room) throws IOException {
        if (r.readings().isEmpty()) {
            return;
        }
        out.write("\n");
        for (String line : wrap("READINGS (a clause reported more than one way: every reading is evaluated, none is the default)", room)) {
            out.write(line + "\n");
        }
        String clause = null;
        for (ReadingInForce reading : r.readings()) {
            if (!reading.clause().equals(clause)) {
                clause = reading.clause();
                String of = clause;
                String term = r.index().clause(clause).map(c -> c.term() == null ? "" : " " + c.term()).orElse("");
                for (String line : wrap(t(of + term), room - 2)) {
                    out.write("  " + line + "\n");
                }
            }
            Map<Status, Integer> statuses = ReportView.countsUnder(r, reading);
            StringBuilder counted = new StringBuilder();
            statuses.forEach((s, n) -> counted.append(counted.isEmpty() ? "" : ", ").append(n).append(' ').append(s));
            String text = reading.id() + ": " + reading.text() + " Held by " + String.join("; ", reading.heldBy()) + "."
                    + (counted.isEmpty() ? "" : " Findings under it: " + counted + ".");
            for (String line : wrap(t(text), room - 4)) {
                out.write("    " + line + "\n");
            }
            if (reading == last(r, clause)) {
                byReading(r, clause, out, room);
            }
        }
    }

    /** The last reading in force of {@code clause}. */
    private static ReadingInForce last(Report r, String clause) {
        List<ReadingInForce> of = r.readingsOf(clause);
        return of.get(of.size() - 1);
    }

    /** Each finding of the clause whose status depends on the reading, with its status under each reading. */
    private static void byReading(Report r, String clause, Writer out, int room) throws IOException {
        for (Finding f : r.findings()) {
            if (!f.clause().equals(clause) || !f.contestedByReadings()) {
                continue;
            }
            StringBuilder line = new StringBuilder(f.id() + ":");
            for (Finding.ReadingStatus rs : f.readings()) {
                line.append(rs == f.readings().get(0) ? " " : "; ").append(rs.status()).append(" read as ").append(rs.id());
            }
            for (String l : wrap(t(line.toString()), room - 4)) {
                out.write("    " + l + "\n");
            }
        }
    }

    /** How each term's clause is known, one line per term whose clause index entry says; nothing is guessed. */
    private static void provenance(Report r, Writer out, int room) throws IOException {
        Map<String, String> lines = new java.util.TreeMap<>();
        for (Finding f : r.findings()) {
            if (f.clauseProvenance() != null) {
                lines.putIfAbsent(t(f.clause()) + " " + t(f.term()), ReportView.provenance(f.clauseProvenance(), f.clauseProvenanceParty()));
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        out.write("\n");
        for (String line : wrap("PROVENANCE (how each term's clause is known, as the clause index says)", room)) {
            out.write(line + "\n");
        }
        for (var e : lines.entrySet()) {
            for (String line : wrap(e.getKey() + ": " + e.getValue(), room - 2)) {
                out.write("  " + line + "\n");
            }
        }
    }

    /** The claims that answer a finding against their author, one line each, beside the finding's status. */
    private static void defences(Report r, Writer out, int room) throws IOException {
        List<Finding> answered = r.findings().stream().filter(f -> !f.defences().isEmpty()).toList();
        if (answered.isEmpty()) {
            return;
        }
        out.write("\n");
        for (String line : wrap("DEFENCES (claims of the party bound that answer a finding; the finding keeps its status)", room)) {
            out.write(line + "\n");
        }
        for (Finding f : answered) {
            for (String line : wrap(t(f.id()) + ": " + ReportView.status(f), room)) {
                out.write(line + "\n");
            }
            for (Finding.Defence d : f.defences()) {
                for (String line : wrap(t(d.claim()) + " by " + t(d.by()) + ": " + d.verdict(), room - 2)) {
                    out.write("  " + line + "\n");
                }
            }
        }
    }

    /** Under each finding's id, the notes of its day that bear on its term: what was not counted, and why. */
    private static void notes(Report r, Writer out, int room) throws IOException {
        List<Finding> noted = r.findings().stream().filter(f -> !f.notes().isEmpty()).toList();
        if (noted.isEmpty()) {
            return;
        }
        out.write("\n");
        for (String line : wrap("NOTES OF THE DAY ON FINDINGS (figures and remarks not counted, with why, as the fact set gives them)", room)) {
            out.write(line + "\n");
        }
        for (Finding f : noted) {
            for (String line : wrap(t(f.id()) + ":", room)) {
                out.write(line + "\n");
            }
            for (Finding.Note n : f.notes()) {
                for (String line : wrap(t(n.text()) + " (" + t(n.source()) + ")", room - 2)) {
                    out.write("  " + line + "\n");
                }
            }
        }
    }

    /** Text from the fact set or the rule set as a terminal must show it: never a control it would obey, never a line break. */
    private static String t(String text) {
        return TerminalText.escape(text);
    }

    /** The accounts in a few words: the distinct readings, each marked where it rests only on an interested party's word, and how many accounts there are. */
    private static String brief(Finding f) {
        // A period finding stands under the date it starts on: its row says first which days it covers.
        return f.overPeriod() ? "over " + ReportView.dates(f) + ": " + briefOfDays(f) : briefOfDays(f);
    }

    private static String briefOfDays(Finding f) {
        if (f.accounts().isEmpty()) {
            String why = f.summary().replaceFirst("; requires .*$", "");
            return why.startsWith("no account in this fact set: needs ") ? "no account: " + why.substring("no account in this fact set: ".length()) : why;
        }
        java.util.Set<String> details = new java.util.LinkedHashSet<>();
        f.accounts().forEach(a -> details.add(a.detail() + (a.selfReported() ? " " + ReportView.SELF_REPORTED : "")));
        String text = String.join(" / ", details);
        String counted = Finding.counted(f.accounts().size(), f.undecidedBy().size());
        return counted.isEmpty() ? text : text + " (" + counted + ")";
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

    /** Text wrapped to a width: {@link TextWrap#wrap}. */
    static List<String> wrap(String text, int width) {
        return TextWrap.wrap(text, width);
    }
}
