package org.truce.factset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.rulebook.RuleSets;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Jackson's stream read constraints, set on purpose: each limit, when hit, says which one and how to raise it.
 * The huge inputs here are generated as they are read (a gibibyte each, never stored), and the tests count how
 * much of each the loader consumed before refusing it: what was never read cannot fill the heap.
 */
@DisplayName("Reading limits: huge or deep input is refused early, saying which limit and how to raise it")
class LimitsTest {

    static final long GIB = 1L << 30;

    @TempDir
    Path dir;

    private final FactSetLoader loader = new FactSetLoader(new RuleSets(Path.of("rules"), null), Limits.DEFAULT);

    @Test
    @DisplayName("a 1 GiB file is refused from its size, without being read")
    void hugeFileRefusedFromItsSize() throws IOException {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(GIB); // sparse: takes no disk space
        }
        try {
            assertThat(problems(() -> loader.load(huge, "huge.json")))
                    .containsExactly("huge.json: expected a file of at most 256 MiB (--max-input-mb raises it), found 1024 MiB (not read)");
        } finally {
            Files.delete(huge);
        }
    }

    @Test
    @DisplayName("a 1 GiB stream of junk is refused at its first byte")
    void junkStream() {
        Generated junk = new Generated(i -> "\u00b4\u0007junk".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(problems(() -> loader.load(junk, "junk"))).singleElement().asString()
                .startsWith("junk:1:1: $: expected a JSON value").contains("found the byte 0xB4");
        assertThat(junk.consumed).isLessThan(1 << 20);
    }

    @Test
    @DisplayName("a 1 GiB stream of NUL bytes is refused as not UTF-8")
    void nulStream() {
        Generated zeros = new Generated(i -> new byte[4096]);
        assertThat(problems(() -> loader.load(zeros, "zeros")))
                .containsExactly("zeros:1:1: $: expected UTF-8 JSON text, found a NUL byte (binary data, or UTF-16/UTF-32 text: save the file as UTF-8)");
        assertThat(zeros.consumed).isLessThan(1 << 20);
    }

    @Test
    @DisplayName("a string of 1 GiB: the string limit, and --max-string to raise it")
    void endlessString() {
        Generated text = new Generated(i -> i == 0 ? "{\"title\": \"".getBytes(StandardCharsets.UTF_8) : "x".repeat(4096).getBytes(StandardCharsets.UTF_8));
        assertThat(problems(() -> loader.load(text, "long.json"))).singleElement().asString()
                .startsWith("long.json:1:")
                .contains(": title: expected strings of at most 100000 characters (--max-string raises it), found ");
        assertThat(text.consumed).isLessThan(1 << 20);
    }

    @Test
    @DisplayName("a gibibyte of opening brackets: the nesting limit, and --max-depth to raise it")
    void endlessNesting() {
        Generated deep = new Generated(i -> i == 0 ? "{\"days\": ".getBytes(StandardCharsets.UTF_8) : "[".repeat(4096).getBytes(StandardCharsets.UTF_8));
        assertThat(problems(() -> loader.load(deep, "deep.json"))).singleElement().asString()
                .contains("expected objects and lists nested at most 32 deep (--max-depth raises it), found deeper nesting");
        assertThat(deep.consumed).isLessThan(1 << 20);
    }

    @Test
    @DisplayName("a count of 50 digits is too large; one of a gibibyte of digits meets the length limit")
    void endlessNumber() {
        Generated number = new Generated(i -> i == 0 ? "{\"days\": [{\"date\": \"2023-11-24\", \"aidTrucks\": [{\"count\": 1".getBytes(StandardCharsets.UTF_8)
                : "9".repeat(4096).getBytes(StandardCharsets.UTF_8));
        assertThat(problems(() -> loader.load(number, "number.json"))).singleElement().asString()
                .contains("days[0].aidTrucks[0].count: expected strings of at most 100000 characters (--max-string raises it), found a longer string or number");
        assertThat(number.consumed).isLessThan(1 << 20);
        String fifty = "{\"days\": [{\"date\": \"2023-11-24\", \"aidTrucks\": [{\"count\": 1" + "0".repeat(49) + ", \"source\": \"s\"}]}]}";
        assertThat(problems(() -> loader.load(new java.io.ByteArrayInputStream(fifty.getBytes(StandardCharsets.UTF_8)), "fifty.json")))
                .contains("fifty.json:1:58: days[0].aidTrucks[0].count: expected a whole number from 0 to 1000000000, found 1000000000000000000000000000000000000… (too large)");
    }

    @Test
    @DisplayName("a 1 GiB stream of well-formed sources: the document limit, and --max-input-mb to raise it")
    void endlessValidList() {
        Generated sources = Generated.text(i -> (i == 0 ? "{\"format\": \"truce-facts/1\", \"agreement\": \"gaza-2023-11\", \"sources\": ["
                : ",") + "{\"id\": \"s" + i + "\", \"publisher\": \"P\", \"title\": \"T\"}");
        FactSetLoader sixteen = new FactSetLoader(new RuleSets(Path.of("rules"), null),
                Limits.of(16, Limits.DEFAULT_MAX_STRING, Limits.DEFAULT_MAX_DEPTH));
        assertThat(problems(() -> sixteen.load(sources, "sources.json"))).singleElement().asString()
                .contains(": expected a file of at most 16 MiB (--max-input-mb raises it), found a longer one");
        assertThat(sources.consumed).isLessThan(17L << 20);
    }

    @Test
    @DisplayName("a 1 GiB stream of the same mistake: reading stops after 500 problems and says so")
    void endlessProblems() {
        Generated days = Generated.text(i -> (i == 0 ? "{\"format\": \"truce-facts/1\", \"agreement\": \"gaza-2023-11\", \"sources\": [], \"days\": ["
                : ",") + "{\"date\": \"2023-11-24\"}");
        List<String> problems = problems(() -> loader.load(days, "days.json"));
        assertThat(problems).hasSize(501);
        assertThat(problems.get(0)).endsWith("days[1].date: expected each date once in days, found 2023-11-24 again (first at line 1)");
        assertThat(problems.get(500)).contains(": days[501]").endsWith("expected at most 500 problems in one file, found more: reading stopped here (fix these first)");
        assertThat(days.consumed).isLessThan(1 << 20);
    }

    @Test
    @DisplayName("raised limits let a larger file through")
    void raisedLimits() throws Exception {
        String deepTitle = "{\"format\": \"truce-facts/1\", \"agreement\": \"gaza-2023-11\", \"title\": \"" + "x".repeat(200) + "\", \"sources\": [], \"days\": []}";
        FactSetLoader strict = new FactSetLoader(new RuleSets(Path.of("rules"), null), Limits.of(1, 100, 32));
        FactSetLoader raised = new FactSetLoader(new RuleSets(Path.of("rules"), null), Limits.of(1, 1000, 32));
        assertThat(problems(() -> strict.load(new java.io.ByteArrayInputStream(deepTitle.getBytes(StandardCharsets.UTF_8)), "t.json")))
                .singleElement().asString().contains("expected strings of at most 100 characters (--max-string raises it)");
        assertThat(raised.load(new java.io.ByteArrayInputStream(deepTitle.getBytes(StandardCharsets.UTF_8)), "t.json").title()).hasSize(200);
    }

    @Test
    @DisplayName("extensions may add 366 pause days in all; one more day is refused at the extension that adds it")
    void pauseDaysBoundary() throws Exception {
        assertThat(loader.load(extensions(366), "year.json").extensions()).hasSize(1);
        assertThat(problems(() -> loader.load(extensions(366, 1), "more.json"))).containsExactly(
                "more.json:1:190: extensions[1].days: expected at most 366 pause days added by extensions in all (--max-pause-days raises it), found 1 more after 366");
    }

    @Test
    @DisplayName("the review's 214,749 extensions of 10,000 days: refused where the total first crosses the limit, even the highest")
    void pauseDaysNeverOverflow() {
        // Their sum, 2,147,490,000 days, once overflowed an int and came out as "--set: Illegal Capacity".
        int[] days = new int[214_749];
        java.util.Arrays.fill(days, 10_000);
        assertThat(problems(() -> loader.load(extensions(days), "many.json"))).singleElement().asString()
                .endsWith(": extensions[0].days: expected at most 366 pause days added by extensions in all (--max-pause-days raises it), found 10000 more");
        FactSetLoader highest = new FactSetLoader(new RuleSets(Path.of("rules"), null),
                Limits.of(Limits.DEFAULT_MAX_INPUT_MB, Limits.DEFAULT_MAX_STRING, Limits.DEFAULT_MAX_DEPTH, Limits.MAX_PAUSE_DAYS));
        assertThat(problems(() -> highest.load(extensions(days), "many.json"))).singleElement().asString()
                .endsWith(": extensions[100].days: expected at most 1000000 pause days added by extensions in all (--max-pause-days raises it), "
                        + "found 10000 more after 1000000");
    }

    /** A fact set, on one line, whose extensions add these days. */
    private static InputStream extensions(int... days) {
        StringBuilder json = new StringBuilder("{\"format\": \"truce-facts/1\", \"agreement\": \"gaza-2023-11\", \"days\": [], "
                + "\"sources\": [{\"id\": \"q\", \"publisher\": \"Qatar MFA\", \"title\": \"T\"}], \"extensions\": [");
        for (int i = 0; i < days.length; i++) {
            json.append(i == 0 ? "" : ", ").append("{\"days\": ").append(days[i]).append(", \"source\": \"q\"}");
        }
        return new java.io.ByteArrayInputStream(json.append("]}").toString().getBytes(StandardCharsets.UTF_8));
    }

    private interface Load {
        FactSet run() throws Exception;
    }

    private static List<String> problems(Load load) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, load::run);
        assertThat(e).as("the input is refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    /** A stream of one gibibyte, made chunk by chunk as it is read, counting what was read. */
    private static final class Generated extends InputStream {
        private final LongFunction<byte[]> chunk;
        private byte[] current = new byte[0];
        private int at;
        private long chunks;
        long consumed;

        Generated(LongFunction<byte[]> chunk) {
            this.chunk = chunk;
        }

        static Generated text(LongFunction<String> text) {
            return new Generated(i -> text.apply(i).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (consumed >= GIB) {
                return -1;
            }
            if (at == current.length) {
                current = chunk.apply(chunks++);
                at = 0;
            }
            int n = (int) Math.min(Math.min(len, current.length - at), GIB - consumed);
            System.arraycopy(current, at, b, off, n);
            at += n;
            consumed += n;
            return n;
        }
    }
}
