package org.truce.factset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.rulebook.RuleSets;

import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The loader where a wrong answer would pass unnoticed elsewhere: fields read into records that no report shows
 * (a prisoner's source and category, each report's note), lists in an order other files do not use, and the
 * reading limits at their exact edges.
 */
@DisplayName("FactSetLoader at the edges: every field kept, any order of lists, limits exact to the byte")
class FactSetLoaderEdgesTest {

    private static final RuleSets RULES = new RuleSets(Path.of("rules"), null);
    private static final String HEAD = "{\"format\": \"truce-facts/1\", \"agreement\": \"gaza-2023-11\", ";

    private static FactSet load(FactSetLoader loader, String json) throws Exception {
        return loader.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "f.json");
    }

    private static FactSet load(String json) throws Exception {
        return load(new FactSetLoader(RULES, Limits.DEFAULT), json);
    }

    private static List<String> problems(FactSetLoader loader, String json) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> load(loader, json));
        assertThat(e).as("refused: %s", json).isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static List<String> problems(String json) {
        return problems(new FactSetLoader(RULES, Limits.DEFAULT), json);
    }

    @Test
    @DisplayName("a prisoner's source and category, and the note of every kind of report, are read as written")
    void notesAndPrisonerFields() throws Exception {
        FactSet f = load(FactSetLoaderTest.FULL.replace("\"count\": 2, \"ids\"", "\"note\": \"by list\", \"count\": 2, \"ids\"")
                .replace("\"count\": 0, \"source\": \"s2\"", "\"count\": 0, \"source\": \"s2\", \"note\": \"no crossing\"")
                .replace("\"scheduleSource\": \"s2\"", "\"scheduleSource\": \"s2\", \"note\": \"late\"")
                .replace("\"days\": 2, \"source\": \"s1\", \"note\": \"n\"", "\"days\": 2, \"source\": \"s1\", \"note\": \"two more days\"")
                .replace("\"inDeal\": true, \"source\": \"s1\", \"note\": \"n\"", "\"inDeal\": true, \"source\": \"s1\", \"note\": \"thirteen\""));
        assertThat(f.prisoners()).extracting(Prisoner::id, Prisoner::category, Prisoner::source, Prisoner::detainedOn, Prisoner::listedOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("P-1", "minor", "s2", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 11, 22)),
                        org.assertj.core.groups.Tuple.tuple("P-2", null, "s2", LocalDate.of(2015, 10, 12), null));
        Day day = f.days().get(0);
        assertThat(day.date()).isEqualTo(LocalDate.of(2023, 11, 25));
        assertThat(day.hostageReleases()).containsExactly(new Day.HostageRelease(13, true, "s1", "thirteen"));
        assertThat(day.prisonerReleases()).containsExactly(new Day.PrisonerRelease(2L, List.of("P-2", "P-1"), "s1", "by list"));
        assertThat(day.aidTrucks()).containsExactly(new Day.AidTruckReport(0, "s2", "no crossing"));
        assertThat(day.handovers()).containsExactly(new Day.Handover("Hamas", OffsetDateTime.parse("2023-11-25T16:00+02:00"),
                OffsetDateTime.parse("2023-11-25T23:05+02:00"), "s1", "s2", "late"));
        assertThat(day.notes()).containsExactly(new Day.DayNote("t", "s2"));
        assertThat(f.extensions()).containsExactly(new Extension(OffsetDateTime.parse("2023-11-27T20:00+02:00"),
                LocalDate.of(2023, 11, 27), 2, "s1", "two more days"));
        assertThat(f.sources()).containsExactly(
                new Source("s1", "P1", "A", "T1", "https://example.org", org.truce.factset.Published.on(LocalDate.of(2023, 11, 25))),
                new Source("s2", "P2", null, "T2", null, null));
        assertThat(f.claims()).containsExactly(new org.truce.factset.Claim("c1", "Israel", "Hamas", "T14A",
                List.of(LocalDate.of(2023, 11, 25)), "…", "s1", "handover-schedule/2023-11-25/Hamas"));
        assertThat(f.format()).isEqualTo("truce-facts/1");
        assertThat(f.title()).isEqualTo("every field");
    }

    @Test
    @DisplayName("releases by count only, or by ids only, keep what was given and nothing else")
    void countOrIds() throws Exception {
        FactSet f = load(HEAD + "\"sources\": [{\"id\": \"s\", \"publisher\": \"P\", \"title\": \"T\"}], "
                + "\"prisoners\": [{\"id\": \"P-1\", \"detainedOn\": \"2015-01-01\", \"source\": \"s\"}], "
                + "\"days\": [{\"date\": \"2023-11-24\", \"prisonerReleases\": [{\"count\": 39, \"source\": \"s\"}, {\"ids\": [\"P-1\"], \"source\": \"s\"}]}]}");
        assertThat(f.days().get(0).prisonerReleases()).containsExactly(
                new Day.PrisonerRelease(39L, null, "s", null), new Day.PrisonerRelease(null, List.of("P-1"), "s", null));
    }

    @Test
    @DisplayName("sources and prisoners listed before the days: references are checked as they are read, and located")
    void listsBeforeDays() throws Exception {
        String good = HEAD + "\"sources\": [{\"id\": \"s\", \"publisher\": \"P\", \"title\": \"T\"}],\n"
                + "\"prisoners\": [{\"id\": \"P-1\", \"detainedOn\": \"2015-01-01\", \"source\": \"s\"}],\n"
                + "\"days\": [{\"date\": \"2023-11-24\", \"prisonerReleases\": [{\"ids\": [\"P-1\"], \"source\": \"s\"}]}]}";
        assertThat(load(good).days().get(0).prisonerReleases().get(0).ids()).containsExactly("P-1");
        assertThat(problems(good.replace("[\"P-1\"]", "[\"P-2\"]").replace("\"ids\": [\"P-2\"], \"source\": \"s\"", "\"ids\": [\"P-2\"], \"source\": \"x\"")))
                .containsExactly(
                        "f.json:3:63: days[0].prisonerReleases[0].ids[0]: expected the id of an entry of prisoners, found \"P-2\"",
                        "f.json:3:81: days[0].prisonerReleases[0].source: expected the id of an entry of sources, found \"x\"");
    }

    @Test
    @DisplayName("a prisoner or source whose id cannot be read: no reference is called a reference to nothing, in either order")
    void unreadableIds() {
        String prisonerFirst = HEAD + "\"sources\": [{\"id\": \"s\", \"publisher\": \"P\", \"title\": \"T\"}], "
                + "\"prisoners\": [{\"id\": 7, \"detainedOn\": \"2015-01-01\", \"source\": \"s\"}], "
                + "\"days\": [{\"date\": \"2023-11-24\", \"prisonerReleases\": [{\"ids\": [\"P-1\"], \"source\": \"s\"}]}]}";
        assertThat(problems(prisonerFirst)).containsExactly("f.json:1:137: prisoners[0].id: expected a string, found 7");
        String daysFirst = HEAD + "\"days\": [{\"date\": \"2023-11-24\", \"prisonerReleases\": [{\"ids\": [\"P-1\"], \"source\": \"s\"}]}], "
                + "\"sources\": [{\"id\": \"s\", \"publisher\": \"P\", \"title\": \"T\"}], "
                + "\"prisoners\": [{\"id\": 7, \"detainedOn\": \"2015-01-01\", \"source\": \"s\"}]}";
        assertThat(problems(daysFirst)).singleElement().asString().endsWith("prisoners[0].id: expected a string, found 7");
        String sourcesFirst = HEAD + "\"sources\": [{\"id\": 7, \"publisher\": \"P\", \"title\": \"T\"}], "
                + "\"days\": [{\"date\": \"2023-11-24\", \"aidTrucks\": [{\"count\": 1, \"source\": \"x\"}]}]}";
        assertThat(problems(sourcesFirst)).containsExactly("f.json:1:77: sources[0].id: expected a string, found 7");
        String sourcesLast = HEAD + "\"days\": [{\"date\": \"2023-11-24\", \"aidTrucks\": [{\"count\": 1, \"source\": \"x\"}]}], "
                + "\"sources\": [{\"id\": 7, \"publisher\": \"P\", \"title\": \"T\"}]}";
        assertThat(problems(sourcesLast)).containsExactly("f.json:1:155: sources[0].id: expected a string, found 7");
        // Read ids still count: one good id and an unknown reference is reported as usual.
        String oneGood = prisonerFirst.replace("[{\"id\": 7,", "[{\"id\": \"P-9\", \"detainedOn\": \"2015-01-01\", \"source\": \"s\"}, {\"id\": 7,");
        assertThat(problems(oneGood)).hasSize(1);
    }

    @Test
    @DisplayName("a file of exactly the size limit is read; one byte more is refused from its size, saying both")
    void fileOfExactlyTheLimit(@TempDir Path dir) throws Exception {
        String json = HEAD + "\"title\": \"t\", \"sources\": [], \"days\": []}";
        int size = json.getBytes(StandardCharsets.UTF_8).length;
        Path file = dir.resolve("f.json");
        Files.writeString(file, json);
        assertThat(new FactSetLoader(RULES, new Limits(size, 100, 32, 1000, Limits.DEFAULT_MAX_PAUSE_DAYS)).load(file, "f.json").title()).isEqualTo("t");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new FactSetLoader(RULES, new Limits(size - 1, 100, 32, 1000, Limits.DEFAULT_MAX_PAUSE_DAYS)).load(file, "f.json"));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "f.json: expected a file of at most " + (size - 1) + " bytes (--max-input-mb raises it), found " + size + " bytes (not read)");
        // The same text as a stream: the reader stops at the limit.
        assertThat(load(new FactSetLoader(RULES, new Limits(size, 100, 32, 1000, Limits.DEFAULT_MAX_PAUSE_DAYS)), json).title()).isEqualTo("t");
        assertThat(problems(new FactSetLoader(RULES, new Limits(size - 1, 100, 32, 1000, Limits.DEFAULT_MAX_PAUSE_DAYS)), json)).singleElement().asString()
                .endsWith(": $: expected a file of at most " + (size - 1) + " bytes (--max-input-mb raises it), found a longer one");
    }

    @Test
    @DisplayName("sizes in messages: bytes below a mebibyte, whole mebibytes, and \"more than\" between them")
    void sizesInMessages(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.json");
        FactSetLoader oneMib = new FactSetLoader(RULES, Limits.of(1, 100, 32));
        for (long size : new long[] {(1 << 20) + 1, 2 << 20}) {
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                f.setLength(size); // sparse
            }
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> oneMib.load(file, "big.json"));
            assertThat(e.problems()).extracting(Problem::toString).containsExactly("big.json: expected a file of at most 1 MiB (--max-input-mb raises it), found "
                    + (size == 2 << 20 ? "2 MiB" : "more than 1 MiB") + " (not read)");
        }
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(1 << 20);
        }
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new FactSetLoader(RULES, new Limits((1 << 20) - 1, 100, 32, 1000, Limits.DEFAULT_MAX_PAUSE_DAYS)).load(file, "big.json"));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "big.json: expected a file of at most 1048575 bytes (--max-input-mb raises it), found 1 MiB (not read)");
        Files.delete(file);
    }

    @Test
    @DisplayName("limits of 1 are limits like any other; 0 or less is refused")
    void limitsOfOne() throws Exception {
        String json = HEAD + "\"title\": \"t\", \"sources\": [], \"days\": []}";
        assertThat(new Limits(1, 1, 1, 1, Limits.DEFAULT_MAX_PAUSE_DAYS)).isNotNull();
        assertThat(problems(new FactSetLoader(RULES, new Limits(1000, 1, 32, 1000, Limits.DEFAULT_MAX_PAUSE_DAYS)), json)).containsExactly(
                "f.json:1:27: format: expected strings of at most 1 characters (--max-string raises it), found a longer string or number");
        assertThat(problems(new FactSetLoader(RULES, new Limits(1000, 100, 1, 1000, Limits.DEFAULT_MAX_PAUSE_DAYS)), json)).containsExactly(
                "f.json:1:84: sources[0]: expected objects and lists nested at most 1 deep (--max-depth raises it), found deeper nesting");
        assertThat(load(new FactSetLoader(RULES, new Limits(1000, 100, 2, 1000, Limits.DEFAULT_MAX_PAUSE_DAYS)), json).title()).isEqualTo("t");
        assertThat(problems(new FactSetLoader(RULES, new Limits(1000, 100, 32, 1, Limits.DEFAULT_MAX_PAUSE_DAYS)), json.replace("\"title\": \"t\"", "\"title\": 1")))
                .containsExactly("f.json:1:67: title: expected a string, found 1");
        assertThat(problems(new FactSetLoader(RULES, new Limits(1000, 100, 32, 1, Limits.DEFAULT_MAX_PAUSE_DAYS)), json.replace("\"title\": \"t\"", "\"title\": 12")))
                .containsExactly("f.json:1:69: title: expected numbers of at most 1 digits (a count has at most 19), found a longer one");
        for (long[] zero : new long[][] {{0, 1, 1, 1}, {1, 0, 1, 1}, {1, 1, 0, 1}, {1, 1, 1, 0}, {-1, 1, 1, 1}}) {
            assertThatThrownBy(() -> new Limits(zero[0], (int) zero[1], (int) zero[2], (int) zero[3], Limits.DEFAULT_MAX_PAUSE_DAYS))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("reading limits must be at least 1");
        }
    }

    @Test
    @DisplayName("a field name longer than 1000 characters, and a number longer than its limit, say which limit")
    void nameAndNumberLimits() {
        String base = HEAD + "\"days\": [], \"sources\": [], ";
        assertThat(problems(base + "\"" + "n".repeat(1001) + "\": 1}")).singleElement().asString()
                .endsWith(": expected field names of at most 1000 characters, found a longer one");
        assertThat(problems(base + "\"title\": " + "1".repeat(1001) + "}")).singleElement().asString()
                .endsWith("title: expected numbers of at most 1000 digits (a count has at most 19), found a longer one");
        assertThat(problems(base + "\"title\": " + "1".repeat(1000) + "}")).singleElement().asString()
                .isEqualTo("f.json:1:94: title: expected a string, found 1111111111111111111111111111111111111…");
    }

    @Test
    @DisplayName("exactly 500 problems are all listed; the 501st stops the reading and says so")
    void problemCap() {
        StringBuilder days = new StringBuilder();
        for (int i = 0; i < 501; i++) {
            days.append(i == 0 ? "" : ",\n").append("{\"date\": \"2023-11-24\"}");
        }
        // The first day is fine; every other repeats its date: 500 problems.
        String json = HEAD + "\"sources\": [], \"days\": [\n" + days + "]}";
        List<String> five = problems(json);
        assertThat(five).hasSize(500);
        assertThat(five).allSatisfy(p -> assertThat(p).contains("expected each date once in days, found 2023-11-24 again (first at line 2)"));
        assertThat(five.get(499)).startsWith("f.json:502:").contains("days[500].date");
        List<String> more = problems(json.replace("]}", ",\n{\"date\": \"2023-11-24\"}]}"));
        assertThat(more).hasSize(501);
        assertThat(more.get(499)).contains("days[500].date");
        assertThat(more.get(500)).startsWith("f.json:503:").contains(": days[501]")
                .endsWith(": expected at most 500 problems in one file, found more: reading stopped here (fix these first)");
    }

    private static final String LISTS = HEAD + "\"sources\": [{\"id\": \"s\", \"publisher\": \"P\", \"title\": \"T\"}], "
            + "\"prisoners\": [{\"id\": \"P-1\", \"detainedOn\": \"2015-01-01\", \"source\": \"s\"}], ";

    @Test
    @DisplayName("a broken entry of sources or prisoners: references are still checked against the ids that were read")
    void brokenEntryStillChecksReferences() {
        assertThat(problems(LISTS.replace("\"title\": \"T\"}]", "\"title\": 7}]")
                + "\"days\": [{\"date\": \"2023-11-24\", \"aidTrucks\": [{\"count\": 1, \"source\": \"x\"}]}]}")).containsExactly(
                "f.json:1:109: sources[0].title: expected a string, found 7",
                "f.json:1:256: days[0].aidTrucks[0].source: expected the id of an entry of sources, found \"x\"");
        assertThat(problems(LISTS.replace("\"detainedOn\": \"2015-01-01\", ", "")
                + "\"days\": [{\"date\": \"2023-11-24\", \"prisonerReleases\": [{\"ids\": [\"P-2\"], \"source\": \"s\"}]}]}")).containsExactly(
                "f.json:1:130: prisoners[0]: expected a field \"detainedOn\", found none",
                "f.json:1:223: days[0].prisonerReleases[0].ids[0]: expected the id of an entry of prisoners, found \"P-2\"");
    }

    @Test
    @DisplayName("sources or prisoners that are not a list: that is the problem, and no reference is called one to nothing")
    void listsThatAreNotLists() {
        assertThat(problems(LISTS.replace("[{\"id\": \"s\", \"publisher\": \"P\", \"title\": \"T\"}]", "{}")
                + "\"days\": [{\"date\": \"2023-11-24\", \"aidTrucks\": [{\"count\": 1, \"source\": \"x\"}]}]}"))
                .containsExactly("f.json:1:69: sources: expected a list, found an object");
        assertThat(problems(LISTS.replace("[{\"id\": \"P-1\", \"detainedOn\": \"2015-01-01\", \"source\": \"s\"}]", "\"P-1\"")
                + "\"days\": [{\"date\": \"2023-11-24\", \"prisonerReleases\": [{\"ids\": [\"P-2\"], \"source\": \"s\"}]}]}"))
                .containsExactly("f.json:1:129: prisoners: expected a list, found \"P-1\"");
    }

    @Test
    @DisplayName("a value of the wrong kind is one problem, never also a disagreement or a reference to nothing after it")
    void oneProblemPerMistake() {
        String day = "\"days\": [{\"date\": \"2023-11-24\", \"prisonerReleases\": [";
        assertThat(problems(LISTS + day + "7]}]}")).containsExactly(
                "f.json:1:242: days[0].prisonerReleases[0]: expected a prisoner release report (an object with count or ids, and source), found 7");
        assertThat(problems(LISTS + day + "{\"count\": 2, \"ids\": [\"P-1\", 7], \"source\": \"s\"}]}]}")).containsExactly(
                "f.json:1:270: days[0].prisonerReleases[0].ids[1]: expected a string, found 7");
        assertThat(problems(LISTS + day + "{\"count\": \"1\", \"ids\": [\"P-1\"], \"source\": \"s\"}]}]}")).containsExactly(
                "f.json:1:252: days[0].prisonerReleases[0].count: expected a whole number from 0 to 1000000000, found \"1\"");
        assertThat(problems(LISTS + day + "{\"count\": 99999999999999999999, \"ids\": [\"P-1\"], \"source\": \"s\"}]}]}")).containsExactly(
                "f.json:1:252: days[0].prisonerReleases[0].count: expected a whole number from 0 to 1000000000, found 99999999999999999999 (too large)");
        assertThat(problems(LISTS + day + "{\"count\": -1, \"ids\": [\"P-1\"], \"source\": \"s\"}]}]}")).containsExactly(
                "f.json:1:252: days[0].prisonerReleases[0].count: expected a whole number from 0 to 1000000000, found -1");
        assertThat(problems(LISTS.replace("\"source\": \"s\"}]", "\"source\": 7}]") + "\"days\": []}")).containsExactly(
                "f.json:1:182: prisoners[0].source: expected a string, found 7");
        assertThat(problems(LISTS + "\"days\": [{\"date\": \"2023-11-24\", \"handovers\": [{\"party\": \"Hamas\", \"scheduledAt\": 5, "
                + "\"completedAt\": \"2023-11-24T16:00+02:00\", \"source\": \"s\"}]}]}")).containsExactly(
                "f.json:1:269: days[0].handovers[0].scheduledAt: expected an ISO-8601 instant with an offset, e.g. \"2023-11-25T16:00+02:00\", found 5");
    }

    @Test
    @DisplayName("counts at the ends of their ranges: the largest count, and extensions of 1 day and of all but one of the 366 pause days allowed, are read")
    void countsAtTheirEnds() throws Exception {
        FactSet f = load(LISTS + "\"days\": [{\"date\": \"2023-11-24\", \"aidTrucks\": [{\"count\": 1000000000, \"source\": \"s\"}]}], "
                + "\"extensions\": [{\"days\": 365, \"source\": \"s\"}, {\"days\": 1, \"source\": \"s\"}]}");
        assertThat(f.days().get(0).aidTrucks().get(0).count()).isEqualTo(Limits.MAX_COUNT);
        assertThat(f.extensions()).extracting(Extension::days).containsExactly(365, 1);
        assertThat(problems(LISTS + "\"days\": [{\"date\": \"2023-11-24\", \"aidTrucks\": [{\"count\": 1000000001, \"source\": \"s\"}]}]}"))
                .containsExactly("f.json:1:245: days[0].aidTrucks[0].count: expected a whole number from 0 to 1000000000, found 1000000001");
        assertThat(problems(LISTS + "\"days\": [], \"extensions\": [{\"days\": 366, \"source\": \"s\"}, {\"days\": 1, \"source\": \"s\"}]}"))
                .containsExactly("f.json:1:255: extensions[1].days: expected at most 366 pause days added by extensions in all "
                        + "(--max-pause-days raises it), found 1 more after 366");
    }

    @Test
    @DisplayName("when reading stops, the problems shown are the first by place, not by the order they were found")
    void problemsShownByPlace() {
        StringBuilder days = new StringBuilder("{\"aidTrucks\": [{\"count\": -1}]}");
        for (int i = 0; i < 500; i++) {
            days.append(",\n{\"date\": \"2023-11-24\"}");
        }
        List<String> shown = problems(HEAD + "\"sources\": [], \"days\": [" + days + "]}");
        assertThat(shown).hasSize(501);
        assertThat(shown.subList(0, 3)).containsExactly(
                "f.json:1:82: days[0]: expected a field \"date\", found none",
                "f.json:1:97: days[0].aidTrucks[0]: expected a field \"source\", found none",
                "f.json:1:107: days[0].aidTrucks[0].count: expected a whole number from 0 to 1000000000, found -1");
        assertThat(shown.get(3)).startsWith("f.json:3:").contains("days[2].date: expected each date once in days");
    }

    @Test
    @DisplayName("a UTF-16 byte-order mark, either way round, even with nothing after it, is refused as not UTF-8")
    void utf16Marks() {
        for (byte[] start : List.of(new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xFF, (byte) 0xFE, '{', '}'})) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> new FactSetLoader(RULES, Limits.DEFAULT).load(new ByteArrayInputStream(start), "f.json"));
            assertThat(e.problems()).extracting(Problem::toString)
                    .containsExactly("f.json:1:1: $: expected UTF-8 JSON text, found a UTF-16 byte-order mark (save the file as UTF-8)");
        }
    }

    @Test
    @DisplayName("a path up to 120 characters is shown whole; a longer one keeps its start and its end")
    void longPaths() {
        String whole = "{\"" + "a".repeat(60) + "\": {\"" + "b".repeat(55) + "\": [1 2]}}";
        assertThat(problems(whole)).singleElement().asString()
                .startsWith("f.json:1:").contains(": " + "a".repeat(60) + "." + "b".repeat(55) + "[1]: expected ',' or ']'");
        String cut = "{\"" + "a".repeat(60) + "\": {\"" + "b".repeat(56) + "\": [1 2]}}";
        assertThat(problems(cut)).singleElement().asString()
                .contains(": " + "a".repeat(59) + "…" + "b".repeat(37) + "[1]: expected ',' or ']'");
    }

    @Test
    @DisplayName("text quoted in a message: up to 60 characters whole, beyond that 57 and an ellipsis; numbers up to 40 digits whole")
    void quotedText() {
        String agreement = HEAD.replace("gaza-2023-11", "%s") + "\"sources\": [], \"days\": []}";
        assertThat(problems(agreement.formatted("x".repeat(60)))).singleElement().asString()
                .endsWith("found \"" + "x".repeat(60) + "\"");
        assertThat(problems(agreement.formatted("x".repeat(61)))).singleElement().asString()
                .endsWith("found \"" + "x".repeat(57) + "…\"");
        String title = HEAD + "\"sources\": [], \"days\": [], \"title\": %s}";
        assertThat(problems(title.formatted("1".repeat(40)))).singleElement().asString().endsWith("title: expected a string, found " + "1".repeat(40));
        assertThat(problems(title.formatted("1".repeat(41)))).singleElement().asString().endsWith("title: expected a string, found " + "1".repeat(37) + "…");
    }
}
