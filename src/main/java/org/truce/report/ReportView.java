package org.truce.report;

import org.truce.check.ClaimVerdict;
import org.truce.check.Finding;
import org.truce.check.ReadingInForce;
import org.truce.check.Report;
import org.truce.check.Status;
import org.truce.factset.Day;
import org.truce.factset.Extension;
import org.truce.factset.Source;
import org.truce.rulebook.ClauseIndex;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the Markdown and HTML reports show of one report, in the order they show it: the pause days, the matrix of
 * terms × days, and the daily figures per source that the HTML charts draw. Every list is sorted, so the same input
 * gives the same page whatever the order of its lists.
 */
public final class ReportView {

    /** What the charts of figures per source say of grouping, so that a reader knows why a bar may stand for several reports. */
    public static final String ONE_VOICE = " A figure that one speaker gave and several publishers relayed is one bar, labelled with the"
            + " speaker and the number of reports (the speaker is whom a source relays, else its publisher), so that a statement"
            + " repeated by several outlets does not outweigh one statement of another.";

    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** One calendar date of the pause: its number from 1 and whether an extension added it. */
    public record PauseDay(LocalDate date, int number, boolean extension) {
        String label() {
            return DAY_LABEL.format(date);
        }

        String numberLabel() {
            return "day " + number + (extension ? " (extension)" : "");
        }
    }

    /**
     * One term of the rule set: its clause, how the clause is known (null where the index does not say), and the
     * findings of each pause day (none where the term did not apply), and its findings over several days ({@code periods}).
     */
    record TermRow(String term, String clause, String heading, String party, String provenance, String provenanceParty,
                   Map<LocalDate, List<Finding>> cells, List<Finding> periods) {
    }

    /** The days a finding covers, as reports write them: "2023-11-24", or "2023-11-24..2023-11-25" for a period finding. */
    static String dates(Finding f) {
        return f.to() == null ? f.date().toString() : f.date() + ".." + f.to();
    }

    /** One bar of a chart: a figure, the label it is known by, and the sources it comes from (none for a computed total). */
    public record Bar(String label, long value, List<String> sources) {
        public Bar {
            sources = List.copyOf(sources);
        }

        /** The one source of the bar, or null for a total or a figure several sources relayed. */
        public String sourceId() {
            return sources.size() == 1 ? sources.get(0) : null;
        }
    }

    /** A level a day's figure must reach, with the words that say where it comes from. */
    public record Requirement(long value, String label) {
    }

    /** The bars and the requirements of one day of a chart; no bars means no report that day, never zero. */
    public record ChartDay(PauseDay day, List<Bar> bars, List<Requirement> requirements) {
    }

    /** A chart of daily figures against what the terms required. */
    public record Chart(String id, String title, String caption, List<ChartDay> days) {
    }

    /** The symbol of a status, so that it reads without colour. */
    static String symbol(Status status) {
        return switch (status) {
            case COMPLIANT -> "✓";
            case VIOLATED -> "✗";
            case CONTESTED -> "±";
            case UNDETERMINED -> "?";
        };
    }

    /** The mark of an account that rests only on the word of an interested party, so that it reads without colour. */
    static final String SELF_REPORTED = "†";

    /** What the mark of a self-reported account means, in the words of docs/report-format.md. */
    static final String SELF_REPORTED_MEANING = "rests only on the word of an interested party: every source of the account relays"
            + " the party it favours (the party bound saying it kept the term, or the other party saying it did not); its status"
            + " counts as any other account's";

    /** True when some account of the report rests only on an interested party's word. */
    static boolean anySelfReported(Report r) {
        for (Finding f : r.findings()) {
            for (Finding.Account a : f.accounts()) {
                if (a.selfReported()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What a status means, in the words of docs/report-format.md. */
    static String meaning(Status status) {
        return switch (status) {
            case COMPLIANT -> "every account of the reports shows the term met";
            case VIOLATED -> "every account shows the term breached";
            case CONTESTED -> "the accounts disagree (sources differ)";
            case UNDETERMINED -> "there is no account: this fact set has no report of an input of the term that day, or none that decides it";
        };
    }

    /** What a status that depends on the reading of the clause means, in the words of docs/report-format.md. */
    static final String READINGS_MEANING = "the status depends on the reading of the clause: its readings, each evaluated,"
            + " give different statuses";

    /**
     * A finding's status as the reports for people show it: {@code CONTESTED (readings)} where it depends on the reading
     * of the clause, {@code CONTESTED (readings, sources)} where the sources disagree under a reading too; the status
     * alone otherwise.
     */
    static String status(Finding f) {
        if (!f.contestedByReadings()) {
            return f.status().name();
        }
        return f.status() + (f.contestedBy().contains("sources") ? " (readings, sources)" : " (readings)");
    }

    /** Why a finding is CONTESTED (readings): what its status label means, the sources' part included where they disagree too. */
    static String contestedMeaning(Finding f) {
        return READINGS_MEANING + (f.contestedBy().contains("sources") ? "; under some reading, the sources disagree too" : "");
    }

    /** The status of a finding under one reading of its clause, if the finding has that reading. */
    static Optional<Finding.ReadingStatus> under(Finding f, String reading) {
        return f.readings().stream().filter(r -> r.id().equals(reading)).findFirst();
    }

    /**
     * The number of findings of each status under one reading (only the statuses that occur, in the order of
     * {@link Status}): what the reader needs to see which outcome rests on which reading.
     */
    static Map<Status, Integer> countsUnder(Report report, ReadingInForce reading) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Finding f : report.findings()) {
            if (f.clause().equals(reading.clause())) {
                under(f, reading.id()).ifPresent(s -> counts.merge(s.status(), 1, Integer::sum));
            }
        }
        return counts;
    }

    /** A clause with its readings in force, in the order of the clause index; {@code choice} when there are two or more. */
    record ClauseReadings(String clause, String heading, String term, List<ReadingInForce> readings) {
        /** True when the run evaluated more than one reading of the clause, so a reader can choose among them. */
        boolean choice() {
            return readings.size() > 1;
        }
    }

    /** Each clause with readings in force, in the order of the clause index. */
    List<ClauseReadings> clauseReadings() {
        Map<String, List<ReadingInForce>> byClause = new LinkedHashMap<>();
        report.readings().forEach(r -> byClause.computeIfAbsent(r.clause(), c -> new ArrayList<>()).add(r));
        List<ClauseReadings> out = new ArrayList<>();
        byClause.forEach((clause, readings) -> {
            Optional<ClauseIndex.Clause> c = report.index().clause(clause);
            out.add(new ClauseReadings(clause, c.map(ClauseIndex.Clause::heading).orElse(clause), c.map(ClauseIndex.Clause::term).orElse(null),
                    List.copyOf(readings)));
        });
        return out;
    }

    /** A clause's provenance in a word or two: {@code press}, {@code one-party, Party A}. */
    static String provenanceLabel(String provenance, String party) {
        return party == null ? provenance : provenance + ", " + party;
    }

    /** What a clause's provenance means, in words a reader needs no index for. */
    static String provenanceMeaning(String provenance, String party) {
        return switch (provenance) {
            case "both-parties" -> "each party reported it in the same sense";
            case "one-party" -> "of the parties, reported only by " + party;
            case "mediators" -> "reported by neither party; by the mediators";
            case "press" -> "reported only by the press or officials speaking anonymously";
            case "disputed" -> "the accounts of this clause differ";
            default -> "as the clause index says";
        };
    }

    /** A clause's provenance with what it means: {@code press (reported only by the press or officials speaking anonymously)}. */
    static String provenance(String provenance, String party) {
        return provenanceLabel(provenance, party) + " (" + provenanceMeaning(provenance, party) + ")";
    }

    /** The symbol of a claim's verdict, matching the status it follows from. */
    static String symbol(org.truce.check.Verdict verdict) {
        return switch (verdict) {
            case SUPPORTED -> "✗";
            case CONTESTED -> "±";
            case UNDETERMINED -> "?";
            case NOT_SUPPORTED -> "✓";
        };
    }

    private final Report report;
    private final List<PauseDay> days;
    private final List<TermRow> terms;
    private final Map<String, Source> sources;

    private ReportView(Report report) {
        this.report = report;
        this.sources = new TreeMap<>();
        report.facts().sources().forEach(s -> sources.put(s.id(), s));
        this.days = pauseDays(report);
        this.terms = terms(report, days);
    }

    static ReportView of(Report report) {
        return new ReportView(report);
    }

    public Report report() {
        return report;
    }

    public List<PauseDay> days() {
        return days;
    }

    List<TermRow> terms() {
        return terms;
    }

    /** The sources, sorted by id. */
    List<Source> sources() {
        return List.copyOf(sources.values());
    }

    Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /**
     * The claims in the order reports for people list them: by first date, then id. By id alone, one party's claims
     * would always come first (ids start with the party); the JSON report keeps its order by id (docs/report-format.md).
     */
    static List<ClaimVerdict> claimsByDate(Report report) {
        return report.claims().stream()
                .sorted(Comparator.comparing((ClaimVerdict c) -> c.claim().dates().stream().min(Comparator.naturalOrder()).orElse(LocalDate.MAX))
                        .thenComparing(c -> c.claim().id()))
                .toList();
    }

    /** The claim of this id, with its verdict. */
    Optional<ClaimVerdict> claim(String id) {
        return report.claims().stream().filter(c -> c.claim().id().equals(id)).findFirst();
    }

    /** The finding that lists this claim among its defences, if any. */
    Optional<Finding> answeredBy(String claimId) {
        return report.findings().stream().filter(f -> f.defences().stream().anyMatch(d -> d.claim().equals(claimId))).findFirst();
    }

    /** How a source is named for a reader: its publisher, and whose statement it relays where that is another. */
    String sourceName(String id) {
        Source s = sources.get(id);
        if (s == null) {
            return id;
        }
        return s.attribution() == null || s.attribution().isBlank() || s.attribution().equals(s.publisher())
                ? s.publisher() : s.publisher() + " (" + s.attribution() + ")";
    }

    /** One speaker's figure for a day: the sources that relay the same figure of one speaker make one bar. */
    private record Voice(String speaker, long figure) {
    }

    /** Whose figure a source gives: the speaker it relays where it names one, else its publisher. */
    private String speaker(String id) {
        Source s = sources.get(id);
        if (s == null) {
            return id;
        }
        return s.attribution() == null || s.attribution().isBlank() ? s.publisher() : s.attribution();
    }

    /** The number of findings of each status, every status present. */
    Map<Status, Integer> counts() {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        report.findings().forEach(f -> counts.merge(f.status(), 1, Integer::sum));
        return counts;
    }

    /** The day notes of the fact set, by date, each sorted by source then text. */
    Map<LocalDate, List<Day.DayNote>> dayNotes() {
        Map<LocalDate, List<Day.DayNote>> notes = new TreeMap<>();
        for (Day d : report.facts().days()) {
            for (Day.DayNote n : d.notes()) {
                notes.computeIfAbsent(d.date(), k -> new ArrayList<>()).add(n);
            }
        }
        notes.values().forEach(l -> l.sort(Comparator.comparing(Day.DayNote::source).thenComparing(Day.DayNote::text)));
        return notes;
    }

    /** The extensions of the fact set, sorted by the date agreed, then length, then source. */
    List<Extension> extensions() {
        return report.facts().extensions().stream()
                .sorted(Comparator.comparing((Extension e) -> e.agreedOn() != null ? e.agreedOn()
                                : e.agreedAt() != null ? e.agreedAt().toLocalDate() : LocalDate.MIN)
                        .thenComparingInt(Extension::days).thenComparing(Extension::source))
                .toList();
    }

    /**
     * One chart day per pause day: the figure of each source that reported ({@code figures} of the date, by source id), where
     * the same figure of one speaker relayed by several sources is one bar, at the place of its first source.
     */
    public List<ChartDay> daily(Function<LocalDate, Map<String, Long>> figures, Function<PauseDay, List<Requirement>> requirements) {
        List<ChartDay> out = new ArrayList<>();
        for (PauseDay day : days) {
            Map<Voice, List<String>> byVoice = new LinkedHashMap<>();
            figures.apply(day.date()).forEach((id, figure) ->
                    byVoice.computeIfAbsent(new Voice(speaker(id), figure), k -> new ArrayList<>()).add(id));
            List<Bar> bars = byVoice.entrySet().stream().map(e -> e.getValue().size() == 1
                    ? new Bar(sourceName(e.getValue().get(0)), e.getKey().figure(), e.getValue())
                    : new Bar(e.getKey().speaker() + " (" + e.getValue().size() + " reports)", e.getKey().figure(), e.getValue())).toList();
            List<Requirement> required = requirements.apply(day).stream()
                    .sorted(Comparator.comparingLong(Requirement::value)).toList();
            out.add(new ChartDay(day, bars, required));
        }
        return out;
    }

    /** The pause days: the calendar of the check, then any other date a finding names. */
    private static List<PauseDay> pauseDays(Report report) {
        List<PauseDay> days = new ArrayList<>();
        report.calendar().days().forEach(d -> days.add(new PauseDay(d.date(), d.number(), d.extension())));
        TreeSet<LocalDate> known = new TreeSet<>(days.stream().map(PauseDay::date).toList());
        TreeSet<LocalDate> others = new TreeSet<>();
        report.findings().stream().map(Finding::date).filter(d -> !known.contains(d)).forEach(others::add);
        for (LocalDate d : others) {
            days.add(new PauseDay(d, days.size() + 1, false));
        }
        days.sort(Comparator.comparing(PauseDay::date));
        return List.copyOf(days);
    }

    /** One row per term that the clause index models, in the index's order, then any other term a finding names. */
    private static List<TermRow> terms(Report report, List<PauseDay> days) {
        Map<String, TermRow> rows = new LinkedHashMap<>();
        for (ClauseIndex.Clause c : report.index().clauses()) {
            if (c.modelled() && !rows.containsKey(c.term())) {
                rows.put(c.term(), new TermRow(c.term(), c.id(), c.heading(), c.party(), c.provenance(), c.provenanceParty(), new TreeMap<>(),
                        new ArrayList<>()));
            }
        }
        for (Finding f : report.findings()) {
            TermRow row = rows.computeIfAbsent(f.term(), t -> new TermRow(t, f.clause(),
                    report.index().clause(f.clause()).map(ClauseIndex.Clause::heading).orElse(t), f.party(), f.clauseProvenance(),
                    f.clauseProvenanceParty(), new TreeMap<>(), new ArrayList<>()));
            if (f.overPeriod()) {
                row.periods().add(f);
            } else {
                row.cells().computeIfAbsent(f.date(), d -> new ArrayList<>()).add(f);
            }
        }
        return List.copyOf(rows.values());
    }
}
