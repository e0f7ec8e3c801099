package org.truce.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.truce.check.Checker;
import org.truce.check.Finding;
import org.truce.check.Report;
import org.truce.cli.Agreements;
import org.truce.factset.Bound;
import org.truce.factset.Day;
import org.truce.factset.Extension;
import org.truce.factset.FactSet;
import org.truce.factset.FactSetLoader;
import org.truce.factset.Limits;
import org.truce.factset.Period;
import org.truce.rulebook.ClauseIndex;
import org.truce.rulebook.RuleBook;
import org.truce.rulebook.RuleSets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The benchmark of the second agreement, gaza-2025-01, on one generated fact file per JVM. It loads the file, then times,
 * alternately after five warm-ups: truce ({@link Checker#check}, rules compiled) with the rules of the three daily truck
 * terms alone (P1-16, P1-16A, P1-16B; every other clause of the index set aside in a copy of the rule folder); the
 * plain-Java floor of those three terms below; and truce with the whole rule set of the agreement, which has no floor.
 * It prints one tab-separated line: {@code days trucksMs floorMs allMs findings agree}, "agree" meaning truce's truck
 * rules and the floor give, per term, as many findings of each status (days and periods alike).
 * Usage: {@code Trucks2025 RULES_ROOT WORK_DIR FACTS.json REPETITIONS PAUSE_DAYS}.
 */
public final class Trucks2025 {

    private static final String AGREEMENT = "gaza-2025-01";
    private static final List<String> TERMS = List.of("daily-aid-trucks", "daily-fuel-trucks", "north-aid-trucks");

    public static void main(String[] args) throws Exception {
        Path rules = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Path file = Path.of(args[2]);
        int reps = Integer.parseInt(args[3]);
        int pauseDays = Integer.parseInt(args[4]);

        RuleSets ruleSets = new RuleSets(rules, null);
        FactSet facts = new FactSetLoader(ruleSets, Scale.limits(1024, pauseDays)).load(file, file.toString());
        RuleBook all = ruleSets.book(AGREEMENT);
        RuleBook trucks = new RuleSets(trucksOnly(rules, work), null).book(AGREEMENT);
        Checker checker = new Checker(Agreements.summariser(AGREEMENT));

        Map<String, Integer> truceCounts = null;
        Map<String, Integer> floorCounts = null;
        int findings = 0;
        List<Long> t = new ArrayList<>();
        List<Long> f = new ArrayList<>();
        List<Long> a = new ArrayList<>();
        for (int i = 0; i < 5 + reps; i++) {
            long t0 = System.nanoTime();
            Report report = checker.check(facts, trucks);
            long t1 = System.nanoTime();
            floorCounts = evaluate(facts, all.index());
            long t2 = System.nanoTime();
            Report whole = checker.check(facts, all);
            long t3 = System.nanoTime();
            truceCounts = counts(report);
            findings = whole.findings().size();
            if (i >= 5) {
                t.add(t1 - t0);
                f.add(t2 - t1);
                a.add(t3 - t2);
            }
        }
        System.out.printf("%d\t%.1f\t%.1f\t%.1f\t%d\t%s%n", facts.days().size(), median(t) / 1e6, median(f) / 1e6, median(a) / 1e6,
                findings, truceCounts.equals(floorCounts) ? "agree" : "DIFFER truce=" + truceCounts + " floor=" + floorCounts);
    }

    /** A copy of the agreement's rule folder with the three truck terms' rules alone, every other clause set aside. */
    private static Path trucksOnly(Path rules, Path work) throws Exception {
        Path folder = work.resolve(AGREEMENT);
        Files.createDirectories(folder);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode index = (ObjectNode) mapper.readTree(rules.resolve(AGREEMENT).resolve("clauses.json").toFile());
        Set<String> kept = new TreeSet<>();
        for (JsonNode c : index.get("clauses")) {
            ObjectNode clause = (ObjectNode) c;
            if (clause.hasNonNull("term") && TERMS.contains(clause.get("term").asText())) {
                kept.add(clause.get("id").asText());
            } else if (clause.hasNonNull("term")) {
                clause.remove("term");
                clause.remove("readings");
                clause.put("notModelled", "set aside for the benchmark of the daily truck terms");
            }
        }
        ArrayNode parameters = mapper.createArrayNode();
        index.get("parameters").forEach(p -> {
            if (kept.contains(p.get("clause").asText())) {
                parameters.add(p);
            }
        });
        index.set("parameters", parameters);
        mapper.writerWithDefaultPrettyPrinter().writeValue(folder.resolve("clauses.json").toFile(), index);
        for (String term : TERMS) {
            Files.copy(rules.resolve(AGREEMENT).resolve(term + ".drl"), folder.resolve(term + ".drl"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return work;
    }

    /** Per term and status, how many findings truce gave of the three truck terms. */
    private static Map<String, Integer> counts(Report report) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding f : report.findings()) {
            if (TERMS.contains(f.term())) {
                counts.merge(f.term() + " " + f.status(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * The floor: the three truck terms in plain Java, per term and status. Per pause day and kind, each source's count
     * (its reports without a bound, summed) is one account, met at or above the minimum; a bound decides only where it
     * can. A finding with no account is UNDETERMINED, with accounts all met COMPLIANT, all short VIOLATED, else
     * CONTESTED. Each period with totals of aid trucks: a source's total below days × minimum (or an upper bound below
     * it) is short; a source with an account on every day of the period gives the period its own days' outcome.
     */
    static Map<String, Integer> evaluate(FactSet facts, ClauseIndex index) {
        Map<String, Long> minimum = new HashMap<>();
        index.parameters().forEach(p -> minimum.put(p.name(), p.value()));
        LocalDate first = OffsetDateTime.parse(index.pause().start()).toLocalDate();
        int days = index.pause().initialDays() + facts.extensions().stream().mapToInt(Extension::days).sum();
        Map<LocalDate, Day> byDate = new HashMap<>();
        facts.days().forEach(d -> byDate.put(d.date(), d));
        Map<String, Integer> counts = new TreeMap<>();
        // Per source and day, the statuses of its accounts of aid trucks, for the periods.
        Map<String, Map<LocalDate, Set<Boolean>>> aidAccounts = new HashMap<>();
        for (int i = 0; i < days; i++) {
            LocalDate date = first.plusDays(i);
            Day day = byDate.get(date);
            day(counts, "daily-aid-trucks", minimum.get("daily-aid-trucks.minimum-per-day"), date,
                    day == null ? List.of() : day.aidTrucks(), Day.AidTruckReport::source, Day.AidTruckReport::count, Day.AidTruckReport::bound, aidAccounts);
            day(counts, "daily-fuel-trucks", minimum.get("daily-fuel-trucks.minimum-per-day"), date,
                    day == null ? List.of() : day.fuelTrucksIn(), Day.TruckReport::source, Day.TruckReport::count, Day.TruckReport::bound, null);
            day(counts, "north-aid-trucks", minimum.get("north-aid-trucks.minimum-per-day"), date,
                    day == null ? List.of() : day.trucksToNorth(), Day.TruckReport::source, Day.TruckReport::count, Day.TruckReport::bound, null);
        }
        long min = minimum.get("daily-aid-trucks.minimum-per-day");
        Map<String, List<Day.AidTruckReport>> periods = new TreeMap<>();
        Map<String, Period> periodOf = new HashMap<>();
        for (Period p : facts.periods()) {
            if (!p.aidTrucks().isEmpty()) {
                String key = p.from() + ".." + p.to();
                periods.computeIfAbsent(key, k -> new ArrayList<>()).addAll(p.aidTrucks());
                periodOf.putIfAbsent(key, p);
            }
        }
        periods.forEach((key, reports) -> {
            Period p = periodOf.get(key);
            long n = p.to().toEpochDay() - p.from().toEpochDay() + 1;
            Set<Boolean> met = new TreeSet<>();
            Map<String, Long> sums = new HashMap<>();
            for (Day.AidTruckReport r : reports) {
                if (r.bound() == Bound.EXACT) {
                    sums.merge(r.source(), r.count(), Long::sum);
                } else if (r.bound() == Bound.AT_MOST && r.count() < n * min) {
                    met.add(false);
                }
            }
            sums.values().forEach(s -> {
                if (s < n * min) {
                    met.add(false);
                }
            });
            aidAccounts.forEach((source, byDay) -> {
                Set<Boolean> statuses = new TreeSet<>();
                for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
                    Set<Boolean> of = byDay.get(d);
                    if (of == null) {
                        return;
                    }
                    statuses.addAll(of);
                }
                met.add(!statuses.contains(false));
            });
            counts.merge("daily-aid-trucks " + status(met), 1, Integer::sum);
        });
        return counts;
    }

    private static <R> void day(Map<String, Integer> counts, String term, long minimum, LocalDate date, List<R> reports,
                                Function<R, String> source, java.util.function.ToLongFunction<R> count, Function<R, Bound> bound,
                                Map<String, Map<LocalDate, Set<Boolean>>> accounts) {
        Map<String, Long> sums = new TreeMap<>();
        Map<String, Set<Boolean>> bySource = new TreeMap<>();
        for (R r : reports) {
            long c = count.applyAsLong(r);
            switch (bound.apply(r)) {
                case EXACT -> sums.merge(source.apply(r), c, Long::sum);
                case AT_LEAST -> {
                    if (c >= minimum) {
                        bySource.computeIfAbsent(source.apply(r), s -> new TreeSet<>()).add(true);
                    }
                }
                case AT_MOST -> {
                    if (c < minimum) {
                        bySource.computeIfAbsent(source.apply(r), s -> new TreeSet<>()).add(false);
                    }
                }
            }
        }
        sums.forEach((s, c) -> bySource.computeIfAbsent(s, k -> new TreeSet<>()).add(c >= minimum));
        Set<Boolean> met = new TreeSet<>();
        bySource.values().forEach(met::addAll);
        counts.merge(term + " " + status(met), 1, Integer::sum);
        if (accounts != null) {
            bySource.forEach((s, statuses) -> accounts.computeIfAbsent(s, k -> new HashMap<>()).put(date, statuses));
        }
    }

    private static String status(Set<Boolean> met) {
        return met.isEmpty() ? "UNDETERMINED" : met.size() == 2 ? "CONTESTED" : met.contains(true) ? "COMPLIANT" : "VIOLATED";
    }

    private static double median(List<Long> xs) {
        List<Long> sorted = new ArrayList<>(xs);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
