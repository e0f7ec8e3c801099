package org.truce.factset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.rulebook.RuleSets;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The loader on its own: what it reads into records, and the checks the corpus of bad inputs does not show one by one. */
@DisplayName("FactSetLoader: reads every field, checks every reference, wherever it stands in the file")
class FactSetLoaderTest {

    private final FactSetLoader loader = new FactSetLoader(new RuleSets(Path.of("rules"), null), Limits.DEFAULT);

    static final String FULL = """
            {
              "days": [{"date": "2023-11-25",
                        "hostageReleases": [{"count": 13, "inDeal": true, "source": "s1", "note": "n"}],
                        "prisonerReleases": [{"count": 2, "ids": ["P-2", "P-1"], "source": "s1"}],
                        "aidTrucks": [{"count": 0, "source": "s2"}],
                        "handovers": [{"party": "Hamas", "scheduledAt": "2023-11-25T16:00+02:00", "completedAt": "2023-11-25T23:05+02:00",
                                       "source": "s1", "scheduleSource": "s2"}],
                        "notes": [{"text": "t", "source": "s2"}]}],
              "claims": [{"id": "c1", "by": "Israel", "against": "Hamas", "term": "T14A", "dates": ["2023-11-25"], "statement": "…", "source": "s1",
                          "answers": "handover-schedule/2023-11-25/Hamas"}],
              "prisoners": [{"id": "P-1", "category": "minor", "detainedOn": "2023-06-01", "listedOn": "2023-11-22", "source": "s2"},
                            {"id": "P-2", "detainedOn": "2015-10-12", "source": "s2"}],
              "extensions": [{"agreedAt": "2023-11-27T20:00+02:00", "agreedOn": "2023-11-27", "days": 2, "source": "s1", "note": "n"}],
              "sources": [{"id": "s1", "publisher": "P1", "attribution": "A", "title": "T1", "url": "https://example.org", "published": "2023-11-25"},
                          {"id": "s2", "publisher": "P2", "title": "T2"}],
              "title": "every field",
              "agreement": "gaza-2023-11",
              "format": "truce-facts/1"
            }
            """;

    @Test
    @DisplayName("a file with every field, its lists before the sources they name, loads into the records")
    void readsEveryField() throws Exception {
        FactSet f = load(FULL);
        assertThat(f.agreement()).isEqualTo("gaza-2023-11");
        assertThat(f.sources()).extracting(Source::id).containsExactly("s1", "s2");
        assertThat(f.sources().get(0).published()).isEqualTo(org.truce.factset.Published.on(LocalDate.of(2023, 11, 25)));
        assertThat(f.extensions().get(0).agreedAt()).isEqualTo(OffsetDateTime.parse("2023-11-27T20:00+02:00"));
        assertThat(f.prisoners().get(1).listedOn()).isNull();
        Day day = f.days().get(0);
        assertThat(day.prisonerReleases().get(0).ids()).containsExactly("P-2", "P-1");
        assertThat(day.aidTrucks().get(0).count()).isZero();
        assertThat(day.handovers().get(0).completedAt()).isEqualTo(OffsetDateTime.parse("2023-11-25T23:05+02:00"));
        assertThat(f.claims().get(0).term()).isEqualTo("T14A");
        assertThat(f.claims().get(0).answers()).isEqualTo("handover-schedule/2023-11-25/Hamas");
    }

    @Test
    @DisplayName("a claim answers a finding id TERM/DATE[/PARTY]: a modelled term, a pause day (extensions counted, wherever they stand), a party")
    void answersAFinding() throws Exception {
        // The pause runs 24 to 27 November, and the file's extension of 2 days adds 28 and 29 November.
        for (String id : List.of("handover-schedule/2023-11-24", "daily-aid-trucks/2023-11-29", "handover-schedule/2023-11-25/Israel",
                "daily-aid-trucks/2023-11-24..2023-11-29")) {
            assertThat(load(FULL.replace("handover-schedule/2023-11-25/Hamas", id)).claims().get(0).answers()).isEqualTo(id);
        }
        String wrong = "expected a finding id TERM/DATE[/PARTY] or TERM/FROM..TO of the agreement, found ";
        assertThat(answersProblem("handover-schedule/2023-11-30")).isEqualTo(wrong
                + "\"handover-schedule/2023-11-30\" (2023-11-30 is not a pause day: the pause runs 2023-11-24 to 2023-11-29)");
        assertThat(answersProblem("handover-schedule/2023-11-23")).isEqualTo(wrong
                + "\"handover-schedule/2023-11-23\" (2023-11-23 is not a pause day: the pause runs 2023-11-24 to 2023-11-29)");
        assertThat(answersProblem("T14/2023-11-25")).startsWith(wrong + "\"T14/2023-11-25\" (\"T14\" is not a term slug of the agreement: ")
                .contains("daily-aid-trucks, ").contains(", handover-schedule, ").endsWith(")");
        assertThat(answersProblem("handover-schedule/25-11-2023")).isEqualTo(wrong
                + "\"handover-schedule/25-11-2023\" (\"25-11-2023\" is not a date YYYY-MM-DD)");
        assertThat(answersProblem("handover-schedule/2023-11-25/hamas")).isEqualTo(wrong
                + "\"handover-schedule/2023-11-25/hamas\" (\"hamas\" is not a party of the agreement: Hamas, Israel)");
        assertThat(answersProblem("handover-schedule")).isEqualTo(wrong + "\"handover-schedule\" (no /DATE)");
        assertThat(answersProblem("daily-aid-trucks/2023-11-25..2023-11-25")).isEqualTo(wrong
                + "\"daily-aid-trucks/2023-11-25..2023-11-25\" (a period's last day 2023-11-25 is not after its first, 2023-11-25)");
        assertThat(answersProblem("daily-aid-trucks/2023-11-24..2023-11-30")).isEqualTo(wrong
                + "\"daily-aid-trucks/2023-11-24..2023-11-30\" (2023-11-30 is not a pause day: the pause runs 2023-11-24 to 2023-11-29)");
        assertThat(answersProblem("daily-aid-trucks/2023-11-24..2023-11-25..2023-11-26")).isEqualTo(wrong
                + "\"daily-aid-trucks/2023-11-24..2023-11-25..2023-11-26\" (\"2023-11-24..2023-11-25..2023-11-26\" is not a date YYYY-MM-DD, nor a period FROM..TO)");
        assertThat(problems(FULL.replace("\"handover-schedule/2023-11-25/Hamas\"", "7"))).extracting(Problem::toString)
                .containsExactly("f.json:10:26: claims[0].answers: expected a string, found 7");
    }

    /** The one problem of FULL with its claim answering {@code id}, located at the value. */
    private String answersProblem(String id) {
        List<Problem> found = problems(FULL.replace("handover-schedule/2023-11-25/Hamas", id));
        assertThat(found).extracting(Problem::toString).singleElement().asString().startsWith("f.json:10:26: claims[0].answers: ");
        return found.get(0).message();
    }

    @Test
    @DisplayName("every field that names a source is checked, before and after the sources list")
    void everySourceReference() {
        String bad = FULL.replace("\"source\": \"s1\"", "\"source\": \"x1\"").replace("\"scheduleSource\": \"s2\"", "\"scheduleSource\": \"x2\"")
                .replace("\"text\": \"t\", \"source\": \"s2\"", "\"text\": \"t\", \"source\": \"x3\"")
                .replace("\"id\": \"P-2\", \"detainedOn\": \"2015-10-12\", \"source\": \"s2\"", "\"id\": \"P-2\", \"detainedOn\": \"2015-10-12\", \"source\": \"x4\"");
        assertThat(problems(bad)).extracting(Problem::path).containsExactly(
                "days[0].hostageReleases[0].source", "days[0].prisonerReleases[0].source", "days[0].handovers[0].source",
                "days[0].handovers[0].scheduleSource", "days[0].notes[0].source", "claims[0].source", "prisoners[1].source",
                "extensions[0].source");
        assertThat(problems(bad)).allSatisfy(p -> assertThat(p.message()).startsWith("expected the id of an entry of sources, found \"x"));
    }

    @Test
    @DisplayName("prisoner ids, parties and claim terms are checked against the prisoners list and the agreement")
    void otherReferences() {
        String bad = FULL.replace("[\"P-2\", \"P-1\"]", "[\"P-2\", \"P-3\"]").replace("\"party\": \"Hamas\"", "\"party\": \"hamas\"")
                .replace("\"by\": \"Israel\"", "\"by\": \"Israel \"").replace("\"term\": \"T14A\"", "\"term\": \"t14a\"");
        assertThat(problems(bad)).extracting(Problem::toString).containsExactly(
                "f.json:4:62: days[0].prisonerReleases[0].ids[1]: expected the id of an entry of prisoners, found \"P-3\"",
                "f.json:6:37: days[0].handovers[0].party: expected a party of the agreement (Hamas, Israel), found \"hamas\"",
                "f.json:9:33: claims[0].by: expected a party of the agreement (Hamas, Israel), found \"Israel \"",
                "f.json:9:72: claims[0].term: expected a term slug or a clause id of the agreement's clause index, found \"t14a\"");
    }

    @Test
    @DisplayName("a required field missing is named at the object that lacks it")
    void requiredFields() {
        String bad = "{\"format\": \"truce-facts/1\", \"sources\": [{\"id\": \"s\", \"title\": \"t\"}], \"days\": [{\"date\": \"2023-11-24\", \"notes\": [{}]}]}";
        assertThat(problems(bad)).extracting(Problem::toString).containsExactly(
                "f.json:1:1: $: expected a field \"agreement\", found none",
                "f.json:1:41: sources[0]: expected a field \"publisher\", found none",
                "f.json:1:111: days[0].notes[0]: expected a field \"source\", found none",
                "f.json:1:111: days[0].notes[0]: expected a field \"text\", found none");
    }

    @Test
    @DisplayName("a UTF-8 byte-order mark is allowed; the file is otherwise read as it is")
    void byteOrderMark() throws Exception {
        byte[] text = FULL.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertThat(loader.load(new ByteArrayInputStream(withBom), "bom.json").title()).isEqualTo("every field");
    }

    @Test
    @DisplayName("a path that is a folder, a device, or nothing: one line saying which")
    void notAFile(@org.junit.jupiter.api.io.TempDir Path dir) {
        assertThat(pathProblems(dir)).isEqualTo("x: expected a fact-set file, found a folder");
        assertThat(pathProblems(dir.resolve("missing.json"))).isEqualTo("x: expected a fact-set file, found nothing at this path");
        assertThat(pathProblems(Path.of("/dev/null"))).isEqualTo("x: expected a fact-set file, found something that is not a regular file (a device or a pipe)");
    }

    private String pathProblems(Path path) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> loader.load(path, "x"));
        assertThat(e).as("refused").isNotNull();
        return e.problems().stream().map(Problem::toString).reduce((a, b) -> a + "\n" + b).orElseThrow();
    }

    @Test
    @DisplayName("a byte 0xFF inside a field name is refused as not UTF-8, never read as the name without it")
    void ffByteInAFieldName() throws Exception {
        // Jackson pads a name's last bytes with 0xFF before looking it up: "titl\xFFe" once read as "title".
        for (String name : List.of("\"title\": \"T2\"", "\"publisher\": \"P2\"", "\"id\": \"s2\"")) {
            byte[] good = FULL.getBytes(StandardCharsets.UTF_8);
            int at = new String(good, StandardCharsets.ISO_8859_1).indexOf(name) + name.indexOf('"', 1) - 1;
            byte[] bad = new byte[good.length + 1];
            System.arraycopy(good, 0, bad, 0, at);
            bad[at] = (byte) 0xFF;
            System.arraycopy(good, at, bad, at + 1, good.length - at);
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> loader.load(new ByteArrayInputStream(bad), "f.json"));
            assertThat(e).as("refused: %s", name).isNotNull();
            assertThat(e.problems()).singleElement().asString().matches("f\\.json:\\d+:\\d+: \\S+: expected UTF-8 text, found bytes that are not UTF-8 .*");
        }
    }

    static final String FUEL = """
            {"format": "truce-facts/1", "agreement": "gaza-2023-11",
             "sources": [{"id": "s1", "publisher": "P1", "title": "T1"}, {"id": "s2", "publisher": "P2", "title": "T2"}],
             "days": [{"date": "2023-11-24",
                       "fuelLitres": [{"count": 129000, "source": "s1"}, {"count": 150000, "source": "s2", "note": "by midday"}]}]}
            """;

    @Test
    @DisplayName("fuel: each entry of a day's fuelLitres is one source's litres, with its note")
    void readsFuelLitres() throws Exception {
        Day day = load(FUEL).days().get(0);
        assertThat(day.fuelLitres()).extracting(Day.FuelReport::count, Day.FuelReport::source, Day.FuelReport::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(129000L, "s1", null),
                        org.assertj.core.groups.Tuple.tuple(150000L, "s2", "by midday"));
        assertThat(load(FULL).days().get(0).fuelLitres()).as("absent is empty").isEmpty();
    }

    @Test
    @DisplayName("fuel: a negative count, a source that is not listed and an unknown field are each named where they stand")
    void refusesBadFuelLitres() {
        String bad = FUEL.replace("\"count\": 129000", "\"count\": -5").replace("\"source\": \"s2\", \"note\"", "\"source\": \"x\", \"litres\"");
        assertThat(problems(bad)).extracting(Problem::path, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("days[0].fuelLitres[0].count", "expected a whole number from 0 to 1000000000, found -5"),
                org.assertj.core.groups.Tuple.tuple("days[0].fuelLitres[1].source", "expected the id of an entry of sources, found \"x\""),
                org.assertj.core.groups.Tuple.tuple("days[0].fuelLitres[1].litres", "expected one of the fields bound, count, note, source, found unknown field \"litres\""));
    }

    @Test
    @DisplayName("bounds: a count of trucks or litres may be only a lower (atLeast) or upper (atMost) bound of the day's number; absent, it is the number")
    void readsBounds() throws Exception {
        String bounded = FUEL.replace("\"source\": \"s2\", \"note\"", "\"source\": \"s2\", \"bound\": \"atLeast\", \"note\"");
        assertThat(load(bounded).days().get(0).fuelLitres()).extracting(Day.FuelReport::bound).containsExactly(Bound.EXACT, Bound.AT_LEAST);
        String trucks = FUEL.replace("\"fuelLitres\"", "\"aidTrucks\"").replace("\"count\": 129000", "\"count\": 129000, \"bound\": \"atMost\"");
        assertThat(load(trucks).days().get(0).aidTrucks()).extracting(Day.AidTruckReport::bound).containsExactly(Bound.AT_MOST, Bound.EXACT);
        assertThat(problems(bounded.replace("atLeast", "atleast"))).extracting(Problem::path, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("days[0].fuelLitres[1].bound", "expected \"atLeast\" or \"atMost\", found \"atleast\""));
    }

    @Test
    @DisplayName("every count may be 10^9; one more is refused where it stands, and so is the largest long")
    void countsAtTheCap() throws Exception {
        String atCap = FULL.replace("\"count\": 13", "\"count\": 1000000000").replace("\"count\": 0", "\"count\": 1000000000")
                .replace("\"count\": 2, \"ids\": [\"P-2\", \"P-1\"]", "\"count\": 1000000000");
        Day day = load(atCap).days().get(0);
        assertThat(day.hostageReleases().get(0).count()).isEqualTo(1_000_000_000L);
        assertThat(day.prisonerReleases().get(0).released()).isEqualTo(1_000_000_000L);
        assertThat(day.aidTrucks().get(0).count()).isEqualTo(1_000_000_000L);
        String beyond = atCap.replace("\"count\": 1000000000, \"inDeal\"", "\"count\": 1000000001, \"inDeal\"")
                .replace("\"count\": 1000000000, \"source\": \"s1\"", "\"count\": 1000000001, \"source\": \"s1\"")
                .replace("\"count\": 1000000000, \"source\": \"s2\"", "\"count\": 9223372036854775807, \"source\": \"s2\"");
        assertThat(problems(beyond)).extracting(Problem::toString).containsExactly(
                "f.json:3:43: days[0].hostageReleases[0].count: expected a whole number from 0 to 1000000000, found 1000000001",
                "f.json:4:44: days[0].prisonerReleases[0].count: expected a whole number from 0 to 1000000000, found 1000000001",
                "f.json:5:37: days[0].aidTrucks[0].count: expected a whole number from 0 to 1000000000, found 9223372036854775807");
    }

    static final String NOT_UTF8 = "expected UTF-8 text, found bytes that are not UTF-8 (save the file as UTF-8: is it in another encoding, or not text at all?)";

    /**
     * UTF-8 that Jackson decodes without a word, each beside its nearest valid neighbour: overlong forms (the review's
     * {@code C0 AF} and {@code E0 80 AF}, once read as "/"), encoded surrogates, code points above U+10FFFF.
     */
    static final List<byte[]> NOT_UTF8_SEQUENCES = List.of(
            bytes(0xC0, 0xAF), bytes(0xC1, 0xBF), bytes(0xE0, 0x80, 0xAF), bytes(0xE0, 0x9F, 0xBF), bytes(0xED, 0xA0, 0x80),
            bytes(0xED, 0xBF, 0xBF), bytes(0xF0, 0x80, 0x80, 0xAF), bytes(0xF0, 0x8F, 0xBF, 0xBF), bytes(0xF4, 0x90, 0x80, 0x80),
            bytes(0xF5, 0x80, 0x80, 0x80), bytes(0xFF));

    @Test
    @DisplayName("the review's reproductions, once read as \"Nov/ember\", \"/\", \"?\" and the name \"agreement\": refused where they stand")
    void reviewReproductions() {
        assertThat(notUtf8Instead("\"every field\"", "\"Nov", bytes(0xC0, 0xAF), "ember\""))
                .containsExactly("f.json:16:16: title: " + NOT_UTF8);
        assertThat(notUtf8Instead("\"every field\"", "\"", bytes(0xE0, 0x80, 0xAF), "\"")).containsExactly("f.json:16:13: title: " + NOT_UTF8);
        assertThat(notUtf8Instead("\"every field\"", "\"", bytes(0xED, 0xA0, 0x80), "\"")).containsExactly("f.json:16:13: title: " + NOT_UTF8);
        assertThat(notUtf8Instead("\"agreement\"", "\"agr", bytes(0xC1, 0xA5), "ement\"")).containsExactly("f.json:17:7: $: " + NOT_UTF8);
    }

    /** The problems of {@link #FULL} with the first {@code target} replaced by {@code left}, {@code bad} and {@code right}. */
    private List<String> notUtf8Instead(String target, String left, byte[] bad, String right) {
        String text = new String(FULL.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        int at = text.indexOf(target);
        byte[] file = (text.substring(0, at) + left + new String(bad, StandardCharsets.ISO_8859_1) + right
                + text.substring(at + target.length())).getBytes(StandardCharsets.ISO_8859_1);
        return problemsOf(() -> loader.load(new ByteArrayInputStream(file), "f.json"));
    }

    @Test
    @DisplayName("the smallest and largest of each range of UTF-8 are read as the characters they are")
    void utf8AtItsBoundaries() throws Exception {
        byte[] edges = bytes(0xC2, 0x80, 0xDF, 0xBF, 0xE0, 0xA0, 0x80, 0xED, 0x9F, 0xBF, 0xEE, 0x80, 0x80, 0xEF, 0xBF, 0xBF,
                0xF0, 0x90, 0x80, 0x80, 0xF4, 0x8F, 0xBF, 0xBF);
        String title = "\u0080\u07FF\u0800\uD7FF\uE000\uFFFF\uD800\uDC00\uDBFF\uDFFF";
        assertThat(loader.load(new ByteArrayInputStream(withBytes("\"title\": \"every", edges)), "f.json").title()).isEqualTo("every" + title + " field");
        assertThat(loader.load(trickle(withBytes("\"title\": \"every", edges)), "f.json").title()).isEqualTo("every" + title + " field");
    }

    @Test
    @DisplayName("an overlong form, an encoded surrogate or a code point above U+10FFFF in a value: refused at its first byte, with the value's path")
    void notUtf8InAValue() {
        for (byte[] bad : NOT_UTF8_SEQUENCES) {
            assertThat(notUtf8("\"title\": \"every", bad)).as(hex(bad)).containsExactly("f.json:16:18: title: " + NOT_UTF8);
        }
    }

    @Test
    @DisplayName("the same in a field name: refused at its first byte, with the path of the object the name is in")
    void notUtf8InAName() {
        for (byte[] bad : NOT_UTF8_SEQUENCES) {
            // The review's "agr\xC1\xA5ement" was once read as "agreement" (here after "agreem": "agreedAt" comes first).
            assertThat(notUtf8("\"agreem", bad)).as(hex(bad)).containsExactly("f.json:17:10: $: " + NOT_UTF8);
            assertThat(notUtf8("{\"dat", bad)).as(hex(bad)).containsExactly("f.json:2:17: days[0]: " + NOT_UTF8);
        }
    }

    /**
     * The problems of {@link #FULL} with {@code bad} after {@code after}, read whole and read a byte at a time: the same
     * either way, across every buffer boundary.
     */
    private List<String> notUtf8(String after, byte[] bad) {
        byte[] file = withBytes(after, bad);
        List<String> whole = problemsOf(() -> loader.load(new ByteArrayInputStream(file), "f.json"));
        assertThat(problemsOf(() -> loader.load(trickle(file), "f.json"))).as("%s read a byte at a time", hex(bad)).isEqualTo(whole);
        return whole;
    }

    private interface Load {
        FactSet run() throws Exception;
    }

    private static List<String> problemsOf(Load load) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, load::run);
        assertThat(e).as("refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    /** {@link #FULL} with {@code inserted} after the first occurrence of {@code after}. */
    private static byte[] withBytes(String after, byte[] inserted) {
        byte[] text = FULL.getBytes(StandardCharsets.UTF_8);
        int at = new String(text, StandardCharsets.ISO_8859_1).indexOf(after) + after.length(); // one character a byte
        byte[] out = new byte[text.length + inserted.length];
        System.arraycopy(text, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(text, at, out, at + inserted.length, text.length - at);
        return out;
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("%02X ", x & 0xFF));
        }
        return s.toString().trim();
    }

    /** A stream that gives one byte per read and says none is waiting: every byte ends a read. */
    private static java.io.InputStream trickle(byte[] bytes) {
        return new java.io.FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                return super.read(b, off, Math.min(len, 1));
            }

            @Override
            public int available() {
                return 0;
            }
        };
    }

    private FactSet load(String json) throws Exception {
        return loader.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "f.json");
    }

    private List<Problem> problems(String json) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> load(json));
        assertThat(e).as("refused").isNotNull();
        return e.problems();
    }
}
