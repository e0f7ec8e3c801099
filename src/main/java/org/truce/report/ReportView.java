package org.truce.report;

import org.truce.check.ClaimVerdict;
import org.truce.check.Finding;
import org.truce.check.Report;
import org.truce.check.Status;
import org.truce.factset.Day;
import org.truce.factset.Extension;
import org.truce.factset.Source;
import org.truce.rulebook.ClauseIndex;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import java.util.function.ToLongFunction;

/**
 * What the Markdown and HTML reports show of one report, in the order they show it: the pause days, the matrix of
 * terms × days, and the daily figures per source that the HTML charts draw. Every list is sorted, so the same input
 * gives the same page whatever the order of its lists.
 */
final class ReportView {

    static final String AID_MINIMUM = "daily-aid-trucks.minimum-per-day";
    static final String RATIO = "exchange-ratio.prisoners-per-hostage";
    static final String EXTENSION_MINIMUM = "extension-hostages.minimum-per-day";
    static final String INITIAL_MINIMUM = "initial-hostages.minimum";

    /** What the charts of figures per source say of grouping, so that a reader knows why a bar may stand for several reports. */
    private static final String ONE_VOICE = " A figure that one speaker gave and several publishers relayed is one bar, labelled with the"
            + " speaker and the number of reports (the speaker is whom a source relays, else its publisher), so that a statement"
            + " repeated by several outlets does not outweigh one statement of another.";

    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** One calendar date of the pause: its number from 1 and whether an extension added it. */
    record PauseDay(LocalDate date, int number, boolean extension) {
        String label() {
            return DAY_LABEL.format(date);
        }

        String numberLabel() {
            return "day " + number + (extension ? " (extension)" : "");
        }
    }

    /**
     * One term of the rule set: its clause, how the clause is known (null where the index does not say), and the
     * findings of each pause day (none where the term did not apply).
     */
    record TermRow(String term, String clause, String heading, String party, String provenance, String provenanceParty,
                   Map<LocalDate, List<Finding>> cells) {
    }

    /** One bar of a chart: a figure, the label it is known by, and the sources it comes from (none for a computed total). */
    record Bar(String label, long value, List<String> sources) {
        Bar {
            sources = List.copyOf(sources);
        }

        /** The one source of the bar, or null for a total or a figure several sources relayed. */
        String sourceId() {
            return sources.size() == 1 ? sources.get(0) : null;
        }
    }

    /** A level a day's figure must reach, with the words that say where it comes from. */
    record Requirement(long value, String label) {
    }

    /** The bars and the requirements of one day of a chart; no bars means no report that day, never zero. */
    record ChartDay(PauseDay day, List<Bar> bars, List<Requirement> requirements) {
    }

    /** A chart of daily figures against what the terms required. */
    record Chart(String id, String title, String caption, List<ChartDay> days) {
        boolean empty() {
            return days.stream().allMatch(d -> d.bars().isEmpty());
        }
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

    /** What a status means, in the words of docs/report-format.md. */
    static String meaning(Status status) {
        return switch (status) {
            case COMPLIANT -> "every account of the reports shows the term met";
            case VIOLATED -> "every account shows the term breached";
            case CONTESTED -> "the accounts disagree (sources differ)";
            case UNDETERMINED -> "there is no account: this fact set has no report of an input of the term that day";
        };
    }

    /** A clause's provenance in a word or two: {@code press}, {@code one-party, Hamas}. */
    static String provenanceLabel(String provenance, String party) {
        return party == null ? provenance : provenance + ", " + party;
    }

    /** What a clause's provenance means, in words a reader needs no index for. */
    static String provenanceMeaning(String provenance, String party) {
        return switch (provenance) {
            case "both-parties" -> "each party reported it in the same sense";
            case "one-party" -> "reported only by " + party;
            case "mediators" -> "reported only by the mediators";
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

    Report report() {
        return report;
    }

    List<PauseDay> days() {
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

    /** The three charts: aid trucks, hostages released in the deal (per day and, for the first days, in total), prisoners released. */
    List<Chart> charts() {
        List<Chart> charts = new ArrayList<>();
        Long aidMinimum = report.parameters().get(AID_MINIMUM);
        charts.add(new Chart("aid-trucks", "Aid trucks that entered Gaza, per source, per day",
                aidMinimum == null ? "Each bar is one source's figure for the day." + ONE_VOICE
                        : "Each bar is one source's figure for the day; the dashed line is the daily minimum of the terms as reported ("
                        + aidMinimum + ", clause T06)." + ONE_VOICE,
                daily(d -> d.aidTrucks(), Day.AidTruckReport::source, Day.AidTruckReport::count,
                        day -> aidMinimum == null ? List.of() : List.of(new Requirement(aidMinimum, "at least " + aidMinimum)))));

        Long extensionMinimum = report.parameters().get(EXTENSION_MINIMUM);
        Long initialMinimum = report.parameters().get(INITIAL_MINIMUM);
        int initialDays = initialDays();
        charts.add(new Chart("hostages", "Hostages released in the deal, per source, per day",
                "Each bar is one source's count of hostages released in the deal that day (releases outside the deal are not counted)."
                        + (extensionMinimum == null ? "" : " On an extension day the dashed line is the minimum for that day ("
                        + extensionMinimum + ", clause T05).")
                        + (initialMinimum == null || initialDays == 0 ? "" : " Days 1 to " + initialDays + " have no daily minimum: at least "
                        + initialMinimum + " over the " + initialDays + " days together (clause T03), shown in the next chart.")
                        + ONE_VOICE,
                daily(d -> d.hostageReleases().stream().filter(Day.HostageRelease::inDeal).toList(),
                        Day.HostageRelease::source, Day.HostageRelease::count,
                        day -> day.extension() && extensionMinimum != null
                                ? List.of(new Requirement(extensionMinimum, "at least " + extensionMinimum)) : List.of())));
        if (initialMinimum != null && initialDays > 0) {
            charts.add(cumulativeHostages(initialMinimum, initialDays));
        }

        Long ratio = report.parameters().get(RATIO);
        charts.add(new Chart("prisoners", "Prisoners released, per source, per day",
                ratio == null ? "Each bar is one source's count of prisoners released that day." + ONE_VOICE
                        : "Each bar is one source's count of prisoners released that day; each dashed line is " + ratio
                        + " times a count of hostages released in the deal that day (clause T04), one line per count the sources give."
                        + ONE_VOICE,
                daily(Day::prisonerReleases, Day.PrisonerRelease::source, Day.PrisonerRelease::released,
                        day -> ratio == null ? List.of() : hostageReadings(day.date()).stream()
                                .map(h -> new Requirement(ratio * h, ratio + " × " + h + " = " + ratio * h)).toList())));
        return charts;
    }

    private int initialDays() {
        return report.index().pause() == null ? 0 : Math.min(report.index().pause().initialDays(), days.size());
    }

    /** The distinct counts of hostages released in the deal on a date, one per source (a source's reports of the day added up). */
    private TreeSet<Long> hostageReadings(LocalDate date) {
        return new TreeSet<>(perSource(date, d -> d.hostageReleases().stream().filter(Day.HostageRelease::inDeal).toList(),
                Day.HostageRelease::source, Day.HostageRelease::count).values());
    }

    /**
     * The running total of hostages released in the deal over the first days, as the lowest and the highest that the
     * sources' figures give (the lowest figure of each day added up, and the highest); from a day with no report on,
     * there is no total.
     */
    private Chart cumulativeHostages(long minimum, int initialDays) {
        List<ChartDay> chartDays = new ArrayList<>();
        long low = 0;
        long high = 0;
        boolean known = true;
        for (PauseDay day : days.subList(0, initialDays)) {
            TreeSet<Long> readings = hostageReadings(day.date());
            known = known && !readings.isEmpty();
            List<Bar> bars = new ArrayList<>();
            if (known) {
                low += readings.first();
                high += readings.last();
                bars.add(new Bar("lowest total", low, List.of()));
                if (high != low) {
                    bars.add(new Bar("highest total", high, List.of()));
                }
            }
            List<Requirement> required = day.number() == initialDays
                    ? List.of(new Requirement(minimum, "at least " + minimum + " by day " + initialDays)) : List.of();
            chartDays.add(new ChartDay(day, bars, required));
        }
        return new Chart("hostages-total", "Hostages released in the deal since the pause began, days 1 to " + initialDays,
                "The running total from the sources' daily counts: the lowest counts of each day added up and, where the sources differ, the highest."
                        + " The dashed line is the total the terms as reported require by day " + initialDays + " (" + minimum + ", clause T03)."
                        + " After a day with no report there is no total.",
                chartDays);
    }

    /**
     * One chart day per pause day: the figure of each source that reported (its reports of the day added up), where
     * the same figure of one speaker relayed by several sources is one bar, at the place of its first source.
     */
    private <T> List<ChartDay> daily(Function<Day, List<T>> entries, Function<T, String> source, ToLongFunction<T> value,
                                     Function<PauseDay, List<Requirement>> requirements) {
        List<ChartDay> out = new ArrayList<>();
        for (PauseDay day : days) {
            Map<Voice, List<String>> byVoice = new LinkedHashMap<>();
            perSource(day.date(), entries, source, value).forEach((id, figure) ->
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

    /** The figure of each source on a date, sorted by source id; entries of one source on one date add up. */
    private <T> Map<String, Long> perSource(LocalDate date, Function<Day, List<T>> entries, Function<T, String> source,
                                            ToLongFunction<T> value) {
        Map<String, Long> sums = new TreeMap<>();
        for (Day d : report.facts().days()) {
            if (d.date().equals(date)) {
                for (T entry : entries.apply(d)) {
                    sums.merge(source.apply(entry), value.applyAsLong(entry), Long::sum);
                }
            }
        }
        return sums;
    }

    /** The pause days: the initial days from the clause index, then the days of every extension; else the dates of the findings. */
    private static List<PauseDay> pauseDays(Report report) {
        ClauseIndex.PauseTerms pause = report.index().pause();
        List<PauseDay> days = new ArrayList<>();
        if (pause != null && pause.start() != null) {
            LocalDate first = OffsetDateTime.parse(pause.start()).toLocalDate();
            int extra = report.facts().extensions().stream().mapToInt(Extension::days).sum();
            for (int i = 0; i < pause.initialDays() + extra; i++) {
                days.add(new PauseDay(first.plusDays(i), i + 1, i >= pause.initialDays()));
            }
        }
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
                rows.put(c.term(), new TermRow(c.term(), c.id(), c.heading(), c.party(), c.provenance(), c.provenanceParty(), new TreeMap<>()));
            }
        }
        for (Finding f : report.findings()) {
            TermRow row = rows.computeIfAbsent(f.term(), t -> new TermRow(t, f.clause(),
                    report.index().clause(f.clause()).map(ClauseIndex.Clause::heading).orElse(t), f.party(), f.clauseProvenance(),
                    f.clauseProvenanceParty(), new TreeMap<>()));
            row.cells().computeIfAbsent(f.date(), d -> new ArrayList<>()).add(f);
        }
        return List.copyOf(rows.values());
    }
}
