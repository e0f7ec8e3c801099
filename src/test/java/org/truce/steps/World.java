package org.truce.steps;

import org.truce.check.AsOf;
import org.truce.check.ClaimVerdict;
import org.truce.check.Finding;
import org.truce.check.Report;
import org.truce.check.Scenario;
import org.truce.factset.Day;
import org.truce.factset.FactSet;
import org.truce.factset.FactSetLoader;
import org.truce.factset.InvalidInputException;
import org.truce.factset.Limits;
import org.truce.factset.Published;
import org.truce.factset.Source;
import org.truce.rulebook.RuleSets;
import org.truce.testing.FactSetBuilder;
import org.truce.testing.RuleBooks;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** What one scenario knows: the reports it was given, the result of checking them, and its name for rule coverage. */
public final class World {
    /** The agreement of the feature: the folder it is in under {@code features/}. */
    private String agreement = "gaza-2023-11";

    final FactSetBuilder facts = FactSetBuilder.facts();
    private final Map<String, Long> overrides = new HashMap<>();
    /** The one reading a scenario keeps of a clause, by clause id (a what-if, as {@code --reading} is). */
    private final Map<String, String> readings = new TreeMap<>();
    /** Truck reports that say how many of their trucks carried fuel or cooking gas, by date. */
    private final Map<LocalDate, List<Day.AidTruckReport>> trucksWithFuel = new TreeMap<>();
    /** When each source was published, by source id, where a scenario says so. */
    final Map<String, Published> published = new HashMap<>();
    /** What was known when ({@code --as-of}); null for everything. */
    AsOf asOf;
    private FactSet bundled;
    private Report report;
    String scenario = "(unnamed scenario)";

    /** Sets the agreement of the scenario's feature: its rule set, its bundled reports, and the reports a scenario builds. */
    void agreement(String id) {
        agreement = id;
        facts.agreement(id);
    }

    /** The bundled rule set of the scenario's agreement. */
    org.truce.rulebook.RuleBook book() {
        return RuleBooks.bundled(agreement);
    }

    void useBundledReports() {
        Path file = Path.of("data", agreement + ".json");
        try {
            bundled = new FactSetLoader(new RuleSets(Path.of("rules"), null), Limits.DEFAULT)
                    .load(file, file.toString());
        } catch (InvalidInputException e) {
            throw new AssertionError("the bundled fact set does not load: " + e.problems(), e);
        }
    }

    void override(String parameter, long value) {
        overrides.put(parameter, value);
    }

    /** Keeps only {@code reading} of {@code clause} for the check, its other readings set aside. */
    void keepOnly(String clause, String reading) {
        String before = readings.putIfAbsent(clause, reading);
        if (before != null && !before.equals(reading)) {
            throw new IllegalStateException("the scenario already keeps the reading " + before + " of clause " + clause);
        }
    }

    /** A report of {@code count} trucks on {@code date}, {@code fuel} of which carried fuel or cooking gas. */
    void trucksWithFuel(LocalDate date, long count, long fuel, String publisher) {
        facts.day(date);
        trucksWithFuel.computeIfAbsent(date, d -> new ArrayList<>()).add(new Day.AidTruckReport(count, fuel, facts.source(publisher), null));
    }

    /** True when some source reported aid trucks for the date, with or without a count of the fuel trucks. */
    boolean hasTruckReport(LocalDate date) {
        return facts.hasTruckReport(date) || trucksWithFuel.containsKey(date);
    }

    /** The fact set the scenario built, with the truck reports that count fuel trucks added to their days. */
    private FactSet built() {
        FactSet built = facts.build();
        if (trucksWithFuel.isEmpty()) {
            return built;
        }
        List<Day> days = built.days().stream().map(d -> {
            List<Day.AidTruckReport> more = trucksWithFuel.get(d.date());
            if (more == null) {
                return d;
            }
            List<Day.AidTruckReport> trucks = new ArrayList<>(d.aidTrucks());
            trucks.addAll(more);
            return d.with(d.hostageReleases(), d.prisonerReleases(), trucks, d.fuelLitres(), d.handovers(), d.notes());
        }).toList();
        return new FactSet(built.format(), built.agreement(), built.title(), built.sources(), built.extensions(), built.prisoners(),
                days, built.claims(), built.periods());
    }

    /** The fact set with each source given the publication time the scenario says. */
    private FactSet withPublished(FactSet f) {
        if (published.isEmpty()) {
            return f;
        }
        List<Source> sources = f.sources().stream().map(s -> new Source(s.id(), s.publisher(), s.attribution(), s.title(), s.url(),
                published.getOrDefault(s.id(), s.published()))).toList();
        return new FactSet(f.format(), f.agreement(), f.title(), sources, f.extensions(), f.prisoners(), f.days(), f.claims(), f.periods());
    }

    /**
     * True in a scenario whose reports, unless they are the bundled ones, are invented to illustrate a term: those
     * reports must come from placeholder monitors, never from a real publisher.
     */
    boolean illustration;

    /** A placeholder publisher of invented figures: "Monitor A", "Monitor B", …, or "Party statement A", … for one that relays a party. */
    static final Pattern PLACEHOLDER = Pattern.compile("Monitor [A-Z]|Party statement [A-Z]");

    /**
     * Checks the reports in memory, as the command line does, under every reading of each clause or the one the
     * scenario keeps, recording every rule that fires, and the reading it fires under, for rule coverage.
     */
    void check() {
        FactSet input = bundled != null ? bundled : withPublished(built());
        if (illustration && bundled == null) {
            List<String> real = input.sources().stream().map(Source::publisher).filter(p -> !PLACEHOLDER.matcher(p).matches()).toList();
            if (!real.isEmpty()) {
                throw new AssertionError("an illustration credits invented figures to " + real + ": a scenario that does not "
                        + "start from the bundled reports takes its reports from placeholder monitors (Monitor A, Monitor B, …)");
            }
        }
        report = RuleBooks.checker(agreement, rule -> RuleCoverage.fired(rule, scenario))
                .check(input, RuleCoverage.watching(book(), scenario), new Scenario(overrides, readings, null, asOf));
        RuleCoverage.decided(report, scenario);
    }

    Report report() {
        if (report == null) {
            throw new IllegalStateException("the scenario asks for a result before the agreement was checked");
        }
        return report;
    }

    Optional<Finding> finding(String term, LocalDate date, String party) {
        List<Finding> matching = report().findings().stream()
                .filter(f -> f.to() == null && f.term().equals(term) && f.date().equals(date) && (party == null || f.party().equals(party)))
                .toList();
        if (matching.size() > 1) {
            throw new AssertionError("more than one finding of " + term + " on " + date + ": name the party; found "
                    + matching.stream().map(Finding::id).toList());
        }
        return matching.stream().findFirst();
    }

    Finding theFinding(String term, LocalDate date, String party) {
        return finding(term, date, party).orElseThrow(() -> new AssertionError("no finding of " + term + " on " + date
                + (party == null ? "" : " for " + party) + "; the findings are " + report().findings().stream().map(Finding::id).toList()));
    }

    /** The finding of a term over the days {@code from} to {@code to}, from the totals of those days that sources reported. */
    Finding thePeriodFinding(String term, LocalDate from, LocalDate to) {
        return report().findings().stream().filter(f -> f.term().equals(term) && f.date().equals(from) && to.equals(f.to())).findFirst()
                .orElseThrow(() -> new AssertionError("no finding of " + term + " over " + from + " to " + to + "; the findings are "
                        + report().findings().stream().map(Finding::id).toList()));
    }

    /** The one claim by {@code by} against {@code against} about {@code term}, reported by a source of that publisher. */
    ClaimVerdict claim(String by, String against, String term, String publisher) {
        List<ClaimVerdict> matching = report().claims().stream()
                .filter(v -> v.claim().by().equals(by) && v.claim().against().equals(against))
                .filter(v -> term == null ? v.claim().term() == null : term.equals(v.claim().term()))
                .filter(v -> publisher == null || publisherOf(v.claim().source()).equals(publisher))
                .toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one claim by " + by + " against " + against + " about " + (term == null ? "no clause" : term)
                    + (publisher == null ? "" : ", reported by " + publisher) + "; found "
                    + matching.stream().map(v -> v.claim().id()).toList() + " among " + report().claims().stream().map(v -> v.claim().id()).toList());
        }
        return matching.get(0);
    }

    String publisherOf(String sourceId) {
        return report().facts().sources().stream().filter(s -> s.id().equals(sourceId)).map(Source::publisher).findFirst()
                .orElseThrow(() -> new AssertionError("no source " + sourceId));
    }

    /** Who a source speaks for: its attribution where it names one, else its publisher. */
    String voiceOf(String sourceId) {
        return report().facts().sources().stream().filter(s -> s.id().equals(sourceId))
                .map(s -> s.attribution() == null ? s.publisher() : s.publisher() + " (" + s.attribution() + ")").findFirst()
                .orElseThrow(() -> new AssertionError("no source " + sourceId));
    }
}
