package org.truce.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.truce.check.Checker;
import org.truce.cli.Agreements;
import org.truce.check.Finding;
import org.truce.check.Report;
import org.truce.check.Scenario;
import org.truce.factset.FactSet;
import org.truce.factset.FactSetLoader;
import org.truce.factset.Limits;
import org.truce.rulebook.RuleBook;
import org.truce.rulebook.RuleSets;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The in-process part of the benchmark, one fact file per JVM: loads it (time, heap), then evaluates it with truce
 * ({@link Checker#check}, the rules already compiled) and with the plain-Java {@link Floor}, alternately, after a
 * warm-up, and prints one tab-separated line:
 * {@code prisoners days truceMs floorMs fileBytes loadMs parseMs retainedBytes peakBytes agree}.
 * Usage: {@code Scale RULES_ROOT FACTS.json REPETITIONS [PAUSE_DAYS]}; PAUSE_DAYS is how many pause days the file
 * holds (its reading limit is raised to that where truce has one). "agree" means truce and the floor have, per term,
 * as many findings of each status, and, per term and reading of its clause, as many of each status under that reading.
 *
 * <p>{@code Scale --readings RULES_ROOT FACTS.json REPETITIONS [PAUSE_DAYS]}: the cost of reading disputed clauses every
 * way. It loads the file, then evaluates it with truce under every reading of every clause (as reported, one session)
 * and under one reading per clause with readings (its first in the clause index, as {@code --reading} on each would
 * keep), alternately, after a warm-up, and prints one tab-separated line:
 * {@code prisoners days allMs oneMs kept agree}, {@code kept} naming the readings kept
 * ({@code T05=ten-per-added-day,T06=200-including-fuel,T14=announced-time}) and "agree" meaning each run agrees with the floor under the
 * same readings, as above.
 *
 * <p>{@code Scale --recheck RULES_ROOT FACTS.json}: the floor of a re-check under {@code truce check --watch}. It loads
 * the facts once, then for each line read on standard input does the floor's work of one re-check of the file, timed:
 * Jackson parses the file as it is now into a tree ({@code ObjectMapper.readTree}, the floor of loading) and the
 * plain-Java {@link Floor} evaluates the facts (the floor of checking); it prints the milliseconds, one line each. The
 * benchmark asks for one after each re-check of the watcher, so the two alternate and get the same warm-up.
 */
public final class Scale {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--recheck")) {
            recheck(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        if (args[0].equals("--readings")) {
            readings(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), args.length > 4 ? Integer.parseInt(args[4]) : 0);
            return;
        }
        Path rules = Path.of(args[0]);
        Path file = Path.of(args[1]);
        int reps = Integer.parseInt(args[2]);
        int pauseDays = args.length > 3 ? Integer.parseInt(args[3]) : 0;

        long parseMs = parseOnly(file);
        RuleSets ruleSets = new RuleSets(rules, null);
        FactSetLoader loader = new FactSetLoader(ruleSets, limits(1024, pauseDays));
        long before = settledHeap();
        resetPeaks();
        long start = System.nanoTime();
        FactSet facts = loader.load(file, file.toString());
        long loadMs = (System.nanoTime() - start) / 1_000_000;
        long peak = peakHeap() - before;
        long retained = settledHeap() - before;

        RuleBook book = ruleSets.book(facts.agreement());
        Checker checker = new Checker(Agreements.summariser(facts.agreement()));
        Map<String, Integer> truceCounts = null;
        Map<String, Integer> floorCounts = null;
        List<Long> truce = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        for (int i = 0; i < 5 + reps; i++) {
            long t0 = System.nanoTime();
            Report report = checker.check(facts, book);
            long t1 = System.nanoTime();
            floorCounts = Floor.evaluate(facts, book.index());
            long t2 = System.nanoTime();
            truceCounts = counts(report);
            if (i >= 5) {
                truce.add(t1 - t0);
                floor.add(t2 - t1);
            }
        }
        int days = (int) facts.days().size();
        System.out.printf("%d\t%d\t%.1f\t%.1f\t%d\t%d\t%d\t%d\t%d\t%s%n", facts.prisoners().size(), days,
                median(truce) / 1e6, median(floor) / 1e6, Files.size(file), loadMs, parseMs, retained, peak,
                truceCounts.equals(floorCounts) ? "agree" : "DIFFER truce=" + truceCounts + " floor=" + floorCounts);
    }

    private static void recheck(Path rules, Path file) throws Exception {
        RuleSets ruleSets = new RuleSets(rules, null);
        FactSet facts = new FactSetLoader(ruleSets, Limits.DEFAULT).load(file, file.toString());
        RuleBook book = ruleSets.book(facts.agreement());
        ObjectMapper mapper = new ObjectMapper();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (in.readLine() != null) {
            long start = System.nanoTime();
            int fields = mapper.readTree(file.toFile()).size();
            Map<String, Integer> counts = Floor.evaluate(facts, book.index());
            long nanos = System.nanoTime() - start;
            if (fields == 0 || counts.isEmpty()) {
                throw new AssertionError("nothing read from " + file);
            }
            System.out.printf("%.1f%n", nanos / 1e6);
            System.out.flush();
        }
    }

    private static void readings(Path rules, Path file, int reps, int pauseDays) throws Exception {
        RuleSets ruleSets = new RuleSets(rules, null);
        FactSet facts = new FactSetLoader(ruleSets, limits(1024, pauseDays)).load(file, file.toString());
        RuleBook book = ruleSets.book(facts.agreement());
        Map<String, String> keep = new LinkedHashMap<>();
        book.index().clauses().stream().filter(c -> !c.readings().isEmpty()).forEach(c -> keep.put(c.id(), c.readings().get(0).id()));
        if (keep.isEmpty()) {
            throw new AssertionError("no clause of " + rules + " has readings");
        }
        Scenario one = new Scenario(Map.of(), keep, null);
        Checker checker = new Checker(Agreements.summariser(facts.agreement()));
        Report all = null;
        Report kept = null;
        List<Long> allNanos = new ArrayList<>();
        List<Long> oneNanos = new ArrayList<>();
        for (int i = 0; i < 5 + reps; i++) {
            // Each goes first every other time, so that neither always inherits the other's garbage.
            for (int k = 0; k < 2; k++) {
                boolean every = (i + k) % 2 == 0;
                long t0 = System.nanoTime();
                Report r = checker.check(facts, book, every ? Scenario.AS_REPORTED : one);
                long nanos = System.nanoTime() - t0;
                if (every) {
                    all = r;
                } else {
                    kept = r;
                }
                if (i >= 5) {
                    (every ? allNanos : oneNanos).add(nanos);
                }
            }
        }
        List<String> differ = new ArrayList<>();
        Map<String, Integer> floorAll = Floor.evaluate(facts, book.index());
        Map<String, Integer> floorOne = Floor.evaluate(facts, book.index(), keep);
        if (!counts(all).equals(floorAll)) {
            differ.add("all readings: truce=" + counts(all) + " floor=" + floorAll);
        }
        if (!counts(kept).equals(floorOne)) {
            differ.add("one reading: truce=" + counts(kept) + " floor=" + floorOne);
        }
        String keptIds = String.join(",", keep.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        System.out.printf("%d\t%d\t%.1f\t%.1f\t%s\t%s%n", facts.prisoners().size(), facts.days().size(),
                median(allNanos) / 1e6, median(oneNanos) / 1e6, keptIds, differ.isEmpty() ? "agree" : "DIFFER " + String.join("; ", differ));
    }

    /** Reading limits for a benchmark file: {@code maxInputMb} MiB, the default string and depth limits, and room for its pause days. */
    static Limits limits(int maxInputMb, int pauseDays) {
        return Limits.of(maxInputMb, Limits.DEFAULT_MAX_STRING, Limits.DEFAULT_MAX_DEPTH, Math.max(Limits.DEFAULT_MAX_PAUSE_DAYS, pauseDays));
    }

    /** The floor of loading: Jackson's streaming parser reading every token of the file, keeping nothing. */
    private static long parseOnly(Path file) throws Exception {
        long start = System.nanoTime();
        long tokens = 0;
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    tokens += p.getText().length();
                }
            }
        }
        if (tokens < 0) {
            throw new AssertionError();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Per term, how many findings have each status; per term and reading, how many have each status under it (see {@link Floor#key}). */
    private static Map<String, Integer> counts(Report report) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding f : report.findings()) {
            counts.merge(Floor.key(f.term(), null, f.status()), 1, Integer::sum);
            for (Finding.ReadingStatus r : f.readings()) {
                counts.merge(Floor.key(f.term(), r.id(), r.status()), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static long settledHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static double median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2.0;
    }
}
