package org.truce.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.truce.factset.FactSetLoader;
import org.truce.factset.InvalidInputException;
import org.truce.rulebook.ClauseIndex;
import org.truce.rulebook.RuleBookLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * {@code truce generate}: writes a synthetic fact set of a bundled agreement for measuring and testing at scale.
 * The same seed gives the same file. Everything in it is made up: generated sources, opaque prisoner ids.
 */
@Command(name = "generate",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
                "Writes a synthetic fact set of a bundled agreement, for benchmarks and tests at scale.",
                "",
                "By default the fact set (truce-facts/1, agreement " + Home.DEFAULT_AGREEMENT + ") has PRISONERS eligible prisoners by "
                        + "opaque id, DAYS pause days (the initial days, then extensions), releases by id reported by two "
                        + "sources, counts, aid trucks and handovers from several sources per fact, and claims. Every source "
                        + "is generated and says so; two relay a party, one each (so that some accounts are self-reported). The same seed gives the same file. A few days break a term on purpose, "
                        + "so that every status occurs. With --partial-lists, a third source names only some of each day's releases.",
                "",
                "With --agreement " + Generated2025.AGREEMENT + ", the fact set is of the January 2025 cease-fire, phase one: "
                        + "DAYS pause days (its 42, then extensions; phase one had none, so these are synthetic), releases of "
                        + "hostages by category and living or deceased, prisoners by count at 30 per civilian and 50 per female "
                        + "soldier, handovers, aid trucks, fuel trucks and trucks to the north from several sources (some days "
                        + "without a report, some bounds), a total of aid trucks over the first 20 days, events (names delivered, "
                        + "status list, return north, crossing, talks, withdrawal) and claims. It takes no --prisoners, "
                        + "--partial-lists or --evidence (no list by id)."})
final class GenerateCommand implements Callable<Integer> {

    private static final List<String> AGREEMENTS = List.of(Home.DEFAULT_AGREEMENT, Generated2025.AGREEMENT);
    private static final LocalDate EARLIEST_DETENTION = LocalDate.of(1990, 1, 1);

    @Spec
    private CommandSpec spec;

    @Option(names = "--agreement", paramLabel = "ID", defaultValue = Home.DEFAULT_AGREEMENT,
            description = "The agreement of the fact set: gaza-2023-11 (default) or gaza-2025-01.")
    private String agreement;

    @Option(names = "--prisoners", paramLabel = "PRISONERS", description = "Eligible prisoners (≥ 1); required for gaza-2023-11.")
    private Integer prisoners;

    @Option(names = "--days", paramLabel = "DAYS", required = true,
            description = "Pause days, at least the agreement's initial days; the rest come as extensions.")
    private int days;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the random choices (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--partial-lists", description = "Add a source (gen-7) that names, each day, only some of the prisoners "
            + "released, its lists marked \"complete\": false (no draw of its own: every other figure of a seed stays as it was).")
    private boolean partialLists;

    @Option(names = "--evidence", description = "Also partial figures and totals over several days: some truck, hostage and prisoner "
            + "reports give only a lower or upper bound of the day's number (bound), one reports the day's fuel, and another source (gen-7; gen-8 with --partial-lists) reports "
            + "totals of trucks and fuel over two days (periods).")
    private boolean evidence;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path output;

    private SplittableRandom random;
    private ClauseIndex index;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!AGREEMENTS.contains(agreement)) {
            err.println("truce: --agreement: expected one of " + String.join(", ", AGREEMENTS) + ", found \"" + agreement + "\"");
            return Main.BAD_INPUT;
        }
        boolean of2025 = agreement.equals(Generated2025.AGREEMENT);
        try {
            index = new RuleBookLoader().readIndex(Home.rulesOf(agreement));
        } catch (InvalidInputException e) {
            e.problems().forEach(err::println);
            return Main.BAD_INPUT;
        }
        int initial = index.pause().initialDays();
        if (of2025 && (prisoners != null || partialLists || evidence)) {
            err.println("truce: --agreement " + agreement + ": expected no --prisoners, --partial-lists or --evidence (its fact set "
                    + "releases prisoners by count, not by id), found " + (prisoners != null ? "--prisoners" : partialLists ? "--partial-lists" : "--evidence"));
            return Main.BAD_INPUT;
        }
        if (!of2025 && prisoners == null) {
            err.println("truce: --prisoners: expected a whole number ≥ 1 (required for " + agreement + "), found none");
            return Main.BAD_INPUT;
        }
        if (!of2025 && prisoners < 1) {
            err.println("truce: --prisoners: expected a whole number ≥ 1, found " + prisoners);
            return Main.BAD_INPUT;
        }
        if (days < initial || days > 100_000) {
            err.println("truce: --days: expected a whole number from " + initial + " (the initial pause days of " + agreement
                    + ") to 100000, found " + days);
            return Main.BAD_INPUT;
        }
        random = new SplittableRandom(seed);
        LocalDate first = OffsetDateTime.parse(index.pause().start()).toLocalDate();
        List<String> parties = index.parties();
        AtomicFile.Content content = of2025 ? out -> write2025(out, new Generated2025(first, initial, days, seed))
                : out -> write(out, first, initial, parties);
        if (output == null) {
            OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
            content.writeTo(out);
            out.flush();
            return Main.OK;
        }
        String problem = OutputTarget.problem(output.toString(), output, List.of(), "the fact set");
        if (problem != null) {
            err.println(new org.truce.factset.Problem(Home.display(output), 0, 0, "", problem));
            return Main.BAD_INPUT;
        }
        AtomicFile.write(output, content);
        return Main.OK;
    }

    private static void write2025(OutputStream out, Generated2025 facts) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new OnePerLine());
            facts.write(g);
        }
    }

    private void write(OutputStream out, LocalDate first, int initial, List<String> parties) throws IOException {
        LocalDate listed = first.minusDays(2);
        int n = prisoners;
        // Detention dates by prisoner number; about one in ten prisoners is listed only during the pause.
        int[] detained = new int[n];
        int[] listedDay = new int[n];
        int span = (int) (first.minusDays(30).toEpochDay() - EARLIEST_DETENTION.toEpochDay());
        for (int i = 0; i < n; i++) {
            detained[i] = (int) EARLIEST_DETENTION.toEpochDay() + random.nextInt(span);
            listedDay[i] = days > 1 && random.nextInt(10) == 0 ? 1 + random.nextInt(days - 1) : -2;
        }

        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new OnePerLine());
            g.writeStartObject();
            g.writeStringField("format", FactSetLoader.FORMAT);
            g.writeStringField("agreement", agreement);
            g.writeStringField("title", "Generated fact set: " + n + " prisoners, " + days + " pause days, seed " + seed);
            // Who speaks: gen-3 relays the party the aid-truck term binds, gen-2 the other party, so that some accounts
            // rest only on an interested party's word (a met day by gen-3, a short day by gen-2) and some admit against it.
            String bound = index.clauseOfTerm("daily-aid-trucks").map(ClauseIndex.Clause::party).filter(parties::contains).orElse(parties.get(0));
            String other = parties.stream().filter(p -> !p.equals(bound)).findFirst().orElse(bound);
            g.writeArrayFieldStart("sources");
            // gen-7 gives the partial lists, or the totals over two days; with both options, gen-8 gives the totals.
            for (int s = 1; s <= 6 + (partialLists ? 1 : 0) + (evidence ? 1 : 0); s++) {
                g.writeStartObject();
                g.writeStringField("id", "gen-" + s);
                g.writeStringField("publisher", "Generated source " + s);
                if (s == 2 || s == 3) {
                    g.writeStringField("party", s == 3 ? bound : other);
                }
                g.writeStringField("title", "Generated by truce generate (seed " + seed + "); not a real report");
                // Published on the last pause day: --as-of that day or later counts every generated report.
                g.writeStringField("published", first.plusDays(days - 1L).toString());
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeArrayFieldStart("extensions");
            for (int added = 0; added < days - initial; ) {
                int length = Math.min(days - initial - added, 1 + random.nextInt(2));
                g.writeStartObject();
                g.writeStringField("agreedOn", first.plusDays(initial + added - 1L).toString());
                g.writeNumberField("days", length);
                g.writeStringField("source", "gen-" + (1 + random.nextInt(3)));
                g.writeEndObject();
                added += length;
            }
            g.writeEndArray();

            g.writeArrayFieldStart("prisoners");
            for (int i = 0; i < n; i++) {
                g.writeStartObject();
                g.writeStringField("id", id(i));
                g.writeStringField("category", random.nextInt(3) == 0 ? "woman" : "minor");
                g.writeStringField("detainedOn", LocalDate.ofEpochDay(detained[i]).toString());
                g.writeStringField("listedOn", (listedDay[i] < 0 ? listed : first.plusDays(listedDay[i])).toString());
                g.writeStringField("source", "gen-6");
                g.writeEndObject();
            }
            g.writeEndArray();

            writeDays(g, first, n, detained, listedDay);
            if (evidence) {
                GeneratedEvidence.periods(g, first, days, partialLists);
            }

            g.writeArrayFieldStart("claims");
            for (int d = 0; d < days; d += 10) {
                g.writeStartObject();
                g.writeStringField("id", "claim-" + (d + 1));
                String term = d / 10 % 2 == 0 ? "release-order" : "daily-aid-trucks";
                // A claim accuses the party the term binds (the clause index says which), and is made by another party.
                String against = index.clauseOfTerm(term).map(ClauseIndex.Clause::party).filter(parties::contains).orElse(parties.get(0));
                g.writeStringField("by", parties.stream().filter(p -> !p.equals(against)).findFirst().orElse(against));
                g.writeStringField("against", against);
                g.writeStringField("term", term);
                g.writeArrayFieldStart("dates");
                g.writeString(first.plusDays(d).toString());
                g.writeEndArray();
                g.writeStringField("statement", "A generated claim that a term was not kept on pause day " + (d + 1));
                g.writeStringField("source", "gen-" + (1 + random.nextInt(5)));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** Releases about half the prisoners over the pause, longest-serving listed first, with a few days out of order. */
    private void writeDays(JsonGenerator g, LocalDate first, int n, int[] detained, int[] listedDay) throws IOException {
        PriorityQueue<Integer> available = new PriorityQueue<>((a, b) -> detained[a] != detained[b]
                ? Integer.compare(detained[a], detained[b]) : Integer.compare(a, b));
        List<ArrayDeque<Integer>> listedOnDay = new ArrayList<>(days);
        for (int d = 0; d < days; d++) {
            listedOnDay.add(new ArrayDeque<>());
        }
        for (int i = 0; i < n; i++) {
            if (listedDay[i] < 0) {
                available.add(i);
            } else {
                listedOnDay.get(listedDay[i]).add(i);
            }
        }
        int perDay = Math.max(1, n / 2 / days);
        g.writeArrayFieldStart("days");
        for (int d = 0; d < days; d++) {
            LocalDate date = first.plusDays(d);
            // Listed on an earlier pause day: eligible from today.
            if (d > 0) {
                available.addAll(listedOnDay.get(d - 1));
                listedOnDay.get(d - 1).clear();
            }
            List<Integer> released = new ArrayList<>(perDay);
            for (int k = 0; k < perDay && !available.isEmpty(); k++) {
                released.add(available.poll());
            }
            if (d % 9 == 4 && !available.isEmpty()) {
                // Out of order: someone who has served less is released instead of the last of the day.
                List<Integer> skipped = new ArrayList<>();
                for (int k = 0; k < 5 && !available.isEmpty(); k++) {
                    skipped.add(available.poll());
                }
                int instead = skipped.remove(skipped.size() - 1);
                if (!released.isEmpty()) {
                    skipped.add(released.remove(released.size() - 1));
                }
                released.add(instead);
                available.addAll(skipped);
            }
            if (d % 13 == 6) {
                // Not yet listed: someone listed only on a later day is released today.
                for (int later = days - 1; later > d; later--) {
                    Integer early = listedOnDay.get(later).pollLast();
                    if (early != null) {
                        released.add(early);
                        break;
                    }
                }
            }
            long hostages = Math.max(1, released.size() / 3);

            g.writeStartObject();
            g.writeStringField("date", date.toString());

            g.writeArrayFieldStart("hostageReleases");
            GeneratedEvidence.hostageRelease(g, hostages, "gen-1", null);
            GeneratedEvidence.hostageRelease(g, d % 7 == 3 ? hostages - 1 : hostages, "gen-2", null);
            // With --evidence, gen-3 gives a bound of the day's hostages on odd days (no draw of its own, so every other
            // figure of a seed stays as it was): at least the day's count, or at most it or one fewer.
            if (evidence && d % 2 == 1) {
                boolean atLeast = d % 4 == 1;
                GeneratedEvidence.hostageRelease(g, atLeast || d % 8 == 3 ? hostages : Math.max(0, hostages - 1), "gen-3", atLeast ? "atLeast" : "atMost");
            }
            g.writeEndArray();

            g.writeArrayFieldStart("prisonerReleases");
            g.writeStartObject();
            g.writeNumberField("count", released.size());
            g.writeArrayFieldStart("ids");
            for (int i : released) {
                g.writeString(id(i));
            }
            g.writeEndArray();
            g.writeStringField("source", "gen-6");
            g.writeEndObject();
            g.writeStartObject();
            g.writeArrayFieldStart("ids");
            // The second list agrees except on some days, where it leaves out the day's last release.
            int reported = d % 11 == 5 && released.size() > 1 ? released.size() - 1 : released.size();
            for (int k = 0; k < reported; k++) {
                g.writeString(id(released.get(k)));
            }
            g.writeEndArray();
            g.writeStringField("source", "gen-5");
            g.writeEndObject();
            if (evidence && d % 3 == 1) {
                GeneratedEvidence.prisonerBound(g, d, released.size());
            }
            if (partialLists) {
                // A partial list: every other release of the day, from the last, so that the day's out-of-order release
                // is named and the longer-serving prisoners it skipped, released later, can witness it.
                g.writeStartObject();
                g.writeArrayFieldStart("ids");
                for (int k = released.size() - 1; k >= 0; k -= 2) {
                    g.writeString(id(released.get(k)));
                }
                g.writeEndArray();
                g.writeBooleanField("complete", false);
                g.writeStringField("source", "gen-7");
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeArrayFieldStart("aidTrucks");
            for (int s = 1; s <= 3; s++) {
                g.writeStartObject();
                g.writeNumberField("count", 170 + random.nextInt(60));
                // gen-2 says how many of its trucks carried fuel on two days in three (without a draw of its own, so
                // every other figure of a seed stays as it was), so that the readings of the aid-truck term differ.
                if (s == 2 && d % 3 != 0) {
                    g.writeNumberField("fuelTrucks", 4 + d % 9);
                }
                g.writeStringField("source", "gen-" + s);
                g.writeEndObject();
            }
            // With --evidence, gen-3 adds a bound of the day's trucks on two days in four, either side of 200 (no draw of
            // its own, so every other figure of a seed stays as it was): a bound that decides and one that does not.
            if (evidence && d % 2 == 1) {
                g.writeStartObject();
                g.writeNumberField("count", (d % 4 == 1 ? 190 : 180) + d % 40);
                g.writeStringField("source", "gen-3");
                g.writeStringField("bound", d % 4 == 1 ? "atLeast" : "atMost");
                g.writeEndObject();
            }
            g.writeEndArray();

            if (evidence) {
                GeneratedEvidence.fuel(g, d);
            }

            g.writeArrayFieldStart("handovers");
            g.writeStartObject();
            g.writeStringField("party", "Hamas");
            OffsetDateTime scheduled = date.atTime(16, 0).atOffset(java.time.ZoneOffset.ofHours(2));
            g.writeStringField("scheduledAt", scheduled.toString());
            long late = random.nextInt(4) == 0 ? 30 + random.nextInt(300) : 0;
            // some days the handover completes after midnight, so that the readings of the handover term differ
            g.writeStringField("completedAt", scheduled.plusMinutes(d % 17 == 9 ? 8 * 60 + 30 : late).toString());
            g.writeStringField("source", "gen-4");
            g.writeEndObject();
            g.writeEndArray();

            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** {@code P-0000001}, …: opaque, in the order the prisoners are written. */
    private static String id(int i) {
        String digits = Integer.toString(i + 1);
        return digits.length() >= 7 ? "P-" + digits : "P-" + "0000000".substring(digits.length()) + digits;
    }
}
