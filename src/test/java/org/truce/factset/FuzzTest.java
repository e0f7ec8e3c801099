package org.truce.factset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.truce.check.Report;
import org.truce.report.JsonReport;
import org.truce.report.TextReport;
import org.truce.rulebook.RuleSets;
import org.truce.testing.RuleBooks;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Generated fact sets, valid by this test's own generator, and mutations of them, each invalid for a reason the
 * mutator knows: a valid one must give a report, an invalid one located problems and never a report; nothing may
 * throw anything else or hang. The loader under test never decides which case is which.
 * <p>
 * A few hundred tries per property in {@code mvn verify}; more on demand:
 * {@code mvn test -Dtest=FuzzTest -Djqwik.tries.default=20000}.
 */
@Label("Fuzzing: generated and mutated fact sets give a report or located errors, never anything else")
public class FuzzTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String LOCATED = "^[^:]+(:\\d+:\\d+: \\S+)?: expected .+, found .+$";
    static final List<String> PARTIES = List.of("Israel", "Hamas");
    static final List<String> TERMS = List.of("daily-aid-trucks", "exchange-ratio", "initial-hostages", "extension-hostages",
            "daily-fuel", "release-order", "eligible-list", "handover-schedule", "T01", "T03A", "T08", "T14A");

    private final FactSetLoader loader = new FactSetLoader(new RuleSets(Path.of("rules"), null), Limits.DEFAULT);

    @Property
    @Label("a valid fact set gives a report in every format")
    void validFactSetGivesAReport(@ForAll("factSets") String json) {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            FactSet facts = loader.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "fuzz.json");
            Report report = RuleBooks.checker().check(facts, RuleBooks.bundled());
            StringWriter text = new StringWriter();
            new TextReport().write(List.of(report), text);
            new JsonReport().write(List.of(report), text);
            assertThat(text.toString()).contains("gaza-2023-11");
        }, () -> "valid input refused or failed:\n" + json);
    }

    @Property
    @Label("a mutated fact set gives located problems, never a report and never another exception")
    void invalidFactSetGivesLocatedProblems(@ForAll("mutants") Tuple2<String, byte[]> mutant) {
        String reason = mutant.get1();
        byte[] bytes = mutant.get2();
        Throwable thrown = assertTimeoutPreemptively(Duration.ofMinutes(2),
                () -> catchThrowable(() -> loader.load(new ByteArrayInputStream(bytes), "fuzz.json")));
        assertThat(thrown).as("%s should be refused:%n%s", reason, new String(bytes, StandardCharsets.UTF_8))
                .isInstanceOf(InvalidInputException.class);
        List<Problem> problems = ((InvalidInputException) thrown).problems();
        assertThat(problems).as(reason).isNotEmpty();
        assertThat(problems).as(reason).allSatisfy(p -> {
            assertThat(p.toString()).matches(LOCATED).doesNotContain("\n").doesNotContainPattern("(Exception|Error)\\b");
            assertThat(p.file()).isEqualTo("fuzz.json");
        });
    }

    // ---- the generator: its own notion of a valid truce-facts/1 file -------------------------------------------

    @Provide
    Arbitrary<String> factSets() {
        return Arbitraries.longs().map(seed -> render(generate(new Random(seed)), new Random(seed)));
    }

    static ObjectNode generate(Random r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "truce-facts/1");
        root.put("agreement", "gaza-2023-11");
        if (r.nextBoolean()) {
            root.put("title", text(r));
        }
        int sourceCount = 1 + r.nextInt(4);
        ArrayNode sources = root.putArray("sources");
        for (int i = 0; i < sourceCount; i++) {
            ObjectNode s = sources.addObject().put("id", "s" + i).put("publisher", "Publisher " + r.nextInt(3)).put("title", text(r));
            if (r.nextBoolean()) {
                s.put("attribution", text(r));
            }
            if (r.nextBoolean()) {
                s.put("published", date(r).toString());
            }
            if (r.nextBoolean()) {
                s.put("url", "https://example.org/" + i);
            }
        }
        int prisonerCount = r.nextInt(6);
        ArrayNode prisoners = root.putArray("prisoners");
        for (int i = 0; i < prisonerCount; i++) {
            ObjectNode p = prisoners.addObject().put("id", "P-" + i).put("detainedOn", LocalDate.of(2000 + r.nextInt(24), 1 + r.nextInt(12), 1 + r.nextInt(28)).toString())
                    .put("source", source(r, sourceCount));
            if (r.nextBoolean()) {
                p.put("listedOn", date(r).toString());
            }
            if (r.nextBoolean()) {
                p.put("category", r.nextBoolean() ? "woman" : "minor");
            }
        }
        ArrayNode days = root.putArray("days");
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2023, 11, 21); d.isBefore(LocalDate.of(2023, 12, 4)); d = d.plusDays(1)) {
            if (dates.isEmpty() || r.nextInt(3) > 0) {
                dates.add(d);
            }
        }
        for (LocalDate d : dates) {
            ObjectNode day = days.addObject().put("date", d.toString());
            for (int i = r.nextInt(3); i > 0; i--) {
                day.withArray("hostageReleases").addObject().put("count", r.nextInt(30)).put("inDeal", r.nextBoolean()).put("source", source(r, sourceCount));
            }
            for (int i = r.nextInt(3); i > 0; i--) {
                ObjectNode release = day.withArray("prisonerReleases").addObject();
                List<String> ids = new ArrayList<>();
                for (int p = 0; p < prisonerCount; p++) {
                    if (r.nextBoolean()) {
                        ids.add("P-" + p);
                    }
                }
                int form = prisonerCount == 0 ? 0 : r.nextInt(3);
                if (form != 1) {
                    release.put("count", form == 2 ? ids.size() : r.nextInt(100));
                }
                if (form != 0) {
                    ids.forEach(release.putArray("ids")::add);
                }
                release.put("source", source(r, sourceCount));
            }
            for (int i = r.nextInt(3); i > 0; i--) {
                day.withArray("aidTrucks").addObject().put("count", r.nextInt(400)).put("source", source(r, sourceCount));
            }
            for (int i = r.nextInt(2); i > 0; i--) {
                ObjectNode h = day.withArray("handovers").addObject().put("party", PARTIES.get(r.nextInt(2)))
                        .put("completedAt", d + "T" + String.format("%02d:%02d", 12 + r.nextInt(12), r.nextInt(60)) + "+02:00")
                        .put("source", source(r, sourceCount));
                if (r.nextBoolean()) {
                    h.put("scheduledAt", d + "T16:00+02:00").put("scheduleSource", source(r, sourceCount));
                }
            }
            if (r.nextInt(4) == 0) {
                day.withArray("notes").addObject().put("text", text(r)).put("source", source(r, sourceCount));
            }
        }
        ArrayNode extensions = root.putArray("extensions");
        for (int i = r.nextInt(3); i > 0; i--) {
            ObjectNode e = extensions.addObject().put("days", 1 + r.nextInt(3)).put("source", source(r, sourceCount));
            if (r.nextBoolean()) {
                e.put("agreedAt", "2023-11-27T20:00+02:00");
            }
        }
        ArrayNode claims = root.putArray("claims");
        for (int i = r.nextInt(3); i > 0; i--) {
            ObjectNode c = claims.addObject().put("id", "c" + i).put("by", PARTIES.get(r.nextInt(2))).put("against", PARTIES.get(r.nextInt(2)));
            if (r.nextBoolean()) {
                c.put("term", TERMS.get(r.nextInt(TERMS.size())));
            }
            ArrayNode claimDates = c.putArray("dates");
            claimDates.add(dates.get(r.nextInt(dates.size())).toString());
            c.put("statement", text(r)).put("source", source(r, sourceCount));
        }
        return root;
    }

    private static String source(Random r, int count) {
        return "s" + r.nextInt(count);
    }

    private static LocalDate date(Random r) {
        return LocalDate.of(2023, 11, 1).plusDays(r.nextInt(60));
    }

    private static String text(Random r) {
        String[] words = {"report", "pause", "trucks", "\"quoted\"", "é", "—", "\\", "line\nbreak", "tab\t", "✓"};
        StringBuilder b = new StringBuilder();
        for (int i = 1 + r.nextInt(4); i > 0; i--) {
            b.append(words[r.nextInt(words.length)]).append(' ');
        }
        return b.toString().trim();
    }

    static String render(JsonNode node, Random r) {
        try {
            return r.nextBoolean() ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) : JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the mutator: each mutation makes the file invalid for a reason it names -------------------------------

    @Provide
    public static Arbitrary<Tuple2<String, byte[]>> mutants() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, MUTATIONS.size() - 1))
                .as((seed, which) -> {
                    Random r = new Random(seed);
                    ObjectNode valid = generate(r);
                    Mutation m = MUTATIONS.get(which);
                    return Tuple.of(m.name, m.apply.apply(valid, r));
                });
    }

    private record Mutation(String name, BiFunction<ObjectNode, Random, byte[]> apply) {
    }

    private static Mutation tree(String name, java.util.function.BiConsumer<ObjectNode, Random> change) {
        return new Mutation(name, (root, r) -> {
            change.accept(root, r);
            return render(root, r).getBytes(StandardCharsets.UTF_8);
        });
    }

    private static Mutation text(String name, BiFunction<String, Random, String> change) {
        return new Mutation(name, (root, r) -> change.apply(render(root, r), r).getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode anyDay(ObjectNode root, Random r) {
        ArrayNode days = (ArrayNode) root.get("days");
        return (ObjectNode) days.get(r.nextInt(days.size()));
    }

    static final List<Mutation> MUTATIONS = List.of(
            tree("a required field of the file missing", (root, r) -> root.remove(List.of("format", "agreement", "sources", "days").get(r.nextInt(4)))),
            tree("a source without a title", (root, r) -> ((ObjectNode) root.get("sources").get(0)).remove("title")),
            tree("a day without a date", (root, r) -> anyDay(root, r).remove("date")),
            tree("a negative count", (root, r) -> anyDay(root, r).withArray("aidTrucks").addObject().put("count", -1 - r.nextInt(1000)).put("source", "s0")),
            tree("a count beyond a long", (root, r) -> anyDay(root, r).withArray("hostageReleases").addObject()
                    .put("count", new java.math.BigInteger("9223372036854775808").add(java.math.BigInteger.valueOf(r.nextInt(1000)))).put("inDeal", true).put("source", "s0")),
            tree("a count above 10^9", (root, r) -> anyDay(root, r).withArray("aidTrucks").addObject()
                    .put("count", 1_000_000_001L + r.nextInt(Integer.MAX_VALUE)).put("source", "s0")),
            tree("a count that is not whole", (root, r) -> anyDay(root, r).withArray("aidTrucks").addObject().put("count", 1.5).put("source", "s0")),
            tree("a count given as a string", (root, r) -> anyDay(root, r).withArray("aidTrucks").addObject().put("count", "200").put("source", "s0")),
            tree("extensions that add more than a year of pause days", (root, r) -> root.withArray("extensions").addObject()
                    .put("days", 367 + r.nextInt(9634)).put("source", "s0")),
            tree("a date that does not exist", (root, r) -> anyDay(root, r).put("date", List.of("2023-02-30", "2023-11-31", "2023-13-01", "23-11-24").get(r.nextInt(4)))),
            tree("an instant without an offset", (root, r) -> anyDay(root, r).withArray("handovers").addObject()
                    .put("party", "Hamas").put("completedAt", "2023-11-25T16:00").put("source", "s0")),
            tree("a duplicate source id", (root, r) -> ((ArrayNode) root.get("sources")).add(root.get("sources").get(0).deepCopy())),
            tree("a duplicate prisoner id", (root, r) -> {
                ArrayNode prisoners = root.withArray("prisoners");
                prisoners.addObject().put("id", "P-dup").put("detainedOn", "2020-01-01").put("source", "s0");
                prisoners.addObject().put("id", "P-dup").put("detainedOn", "2021-01-01").put("source", "s0");
            }),
            tree("a duplicate claim id", (root, r) -> {
                ArrayNode claims = root.withArray("claims");
                for (int i = 0; i < 2; i++) {
                    ObjectNode c = claims.addObject().put("id", "c-dup").put("by", "Hamas").put("against", "Israel");
                    c.putArray("dates").add("2023-11-24");
                    c.put("statement", "s").put("source", "s0");
                }
            }),
            tree("a duplicate day", (root, r) -> ((ArrayNode) root.get("days")).add(anyDay(root, r).deepCopy())),
            tree("a source that names nothing", (root, r) -> anyDay(root, r).withArray("aidTrucks").addObject().put("count", 1).put("source", "nobody")),
            tree("a released prisoner not listed", (root, r) -> anyDay(root, r).withArray("prisonerReleases").addObject()
                    .put("source", "s0").putArray("ids").add("P-unknown")),
            tree("count and ids disagree", (root, r) -> {
                ObjectNode release = anyDay(root, r).withArray("prisonerReleases").addObject().put("count", 1 + r.nextInt(5)).put("source", "s0");
                release.putArray("ids");
            }),
            tree("a claim by a party not of the agreement", (root, r) -> {
                ObjectNode c = root.withArray("claims").addObject().put("id", "c-x").put("by", "Nobody").put("against", "Israel");
                c.putArray("dates").add("2023-11-24");
                c.put("statement", "s").put("source", "s0");
            }),
            tree("a claim about a term the agreement lacks", (root, r) -> {
                ObjectNode c = root.withArray("claims").addObject().put("id", "c-x").put("by", "Hamas").put("against", "Israel").put("term", "no-such-term");
                c.putArray("dates").add("2023-11-24");
                c.put("statement", "s").put("source", "s0");
            }),
            tree("an unknown field", (root, r) -> (r.nextBoolean() ? root : anyDay(root, r)).put("colour", "red")),
            tree("a null value", (root, r) -> root.putNull("title")),
            tree("a string where a list belongs", (root, r) -> root.put("sources", "s0")),
            tree("an unknown format version", (root, r) -> root.put("format", "truce-facts/" + (2 + r.nextInt(9)))),
            tree("an unknown agreement", (root, r) -> root.put("agreement", List.of("nowhere-2020", "../../etc", "/etc", "Gaza-2023-11").get(r.nextInt(4)))),
            text("the file cut short", (json, r) -> json.substring(0, r.nextInt(json.stripTrailing().length()))),
            text("a trailing comma", (json, r) -> {
                int end = json.lastIndexOf('}');
                return json.substring(0, end) + "," + json.substring(end);
            }),
            text("a field given twice", (json, r) -> "{\"format\": \"truce-facts/1\", " + json.substring(json.indexOf('{') + 1)),
            text("a list at the top", (json, r) -> "[" + json + "]"),
            text("a second value after the fact set", (json, r) -> json + "\n{}"),
            new Mutation("a byte that is not UTF-8", (root, r) -> {
                byte[] bytes = render(root, r).getBytes(StandardCharsets.UTF_8);
                byte[] out = new byte[bytes.length + 1];
                int at = r.nextInt(bytes.length);
                System.arraycopy(bytes, 0, out, 0, at);
                out[at] = (byte) (0xF8 + r.nextInt(8));
                System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
                return out;
            }),
            new Mutation("an overlong form, an encoded surrogate or a code point above U+10FFFF", (root, r) -> {
                byte[] bytes = render(root, r).getBytes(StandardCharsets.UTF_8);
                byte[] bad = FactSetLoaderTest.NOT_UTF8_SEQUENCES.get(r.nextInt(FactSetLoaderTest.NOT_UTF8_SEQUENCES.size()));
                byte[] out = new byte[bytes.length + bad.length];
                int at = r.nextInt(bytes.length);
                System.arraycopy(bytes, 0, out, 0, at);
                System.arraycopy(bad, 0, out, at, bad.length);
                System.arraycopy(bytes, at, out, at + bad.length, bytes.length - at);
                return out;
            }),
            new Mutation("a raw control character", (root, r) -> {
                String json = render(root, r);
                int at = r.nextInt(json.length());
                return (json.substring(0, at) + (char) (1 + r.nextInt(8)) + json.substring(at)).getBytes(StandardCharsets.UTF_8);
            }),
            new Mutation("binary junk", (root, r) -> {
                byte[] junk = new byte[1 + r.nextInt(64)];
                r.nextBytes(junk);
                junk[0] = (byte) (0x80 | junk[0]);
                return junk;
            }));
}
