package org.truce.factset;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter the loader reads through, against naive references: Java's own UTF-8 decoder, strict when told to
 * report errors, says where the first sequence that is not UTF-8 starts; a plain count of line breaks and quotes
 * says its line, column and string. Bytes are drawn mostly from the edges of the UTF-8 ranges, beside whole characters.
 */
class StrictUtf8Test {

    private static final int[] EDGES = {0x00, 0x0A, 0x0D, '"', '\\', 'a', 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1,
            0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFE, 0xFF};

    @Property(tries = 2000)
    @Label("the first sequence that is not UTF-8 is where Java's strict decoder finds it, at the line, column and string a count gives")
    void firstBadAsTheReferencesSay(@ForAll("bytes") byte[] bytes) throws IOException {
        Read whole = read(new ByteArrayInputStream(bytes));
        int expected = firstMalformed(bytes);
        if (expected < 0) {
            assertThat(whole.firstBad).isNull();
            assertThat(whole.out).as("valid UTF-8 passes unchanged").isEqualTo(bytes);
        } else {
            assertThat(whole.firstBad).isNotNull();
            assertThat(whole.firstBad.offset()).isEqualTo(expected);
            assertThat(new int[] {whole.firstBad.line(), whole.firstBad.column()}).isEqualTo(lineAndColumn(bytes, expected));
            assertThat(whole.firstBad.stringStart()).isEqualTo(openingQuote(bytes, expected));
        }
        assertThat(whole.out).as("the bytes Jackson is given").isEqualTo(refusing(bytes));
        Read trickled = read(new OneByteAtATime(bytes));
        assertThat(trickled.out).as("read a byte at a time").isEqualTo(whole.out);
        assertThat(trickled.firstBad).isEqualTo(whole.firstBad);
    }

    /** Whole characters of 2, 3 and 4 bytes, the smallest and largest of each length among them. */
    private static final String[] CHARACTERS = {"\u0080", "\u00e9", "\u07ff", "\u0800", "\u2014", "\ud7ff", "\ue000", "\uffff",
            "\ud800\udc00", "\ud834\udd1e", "\udbff\udfff"};

    @Example
    @Label("CR LF, CR and LF each end one line; a character between CR and LF makes two")
    void lineBreaks() throws IOException {
        byte[] file = concat("a\r\nb\rc\nd\r".getBytes(StandardCharsets.UTF_8), "\u00e9".getBytes(StandardCharsets.UTF_8), "\nef".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC0});
        assertThat(read(new OneByteAtATime(file)).firstBad).isEqualTo(new StrictUtf8.Place(file.length - 1, 6, 3, -1, true));
        assertThat(read(new ByteArrayInputStream(file)).firstBad).isEqualTo(new StrictUtf8.Place(file.length - 1, 6, 3, -1, true));
    }

    @Example
    @Label("a backslash escapes the character after it, ASCII or not, and a quote after that closes the string")
    void escapes() throws IOException {
        byte[] file = concat("{\"a\\\"b\\".getBytes(StandardCharsets.UTF_8), "\u00e9".getBytes(StandardCharsets.UTF_8), "\" \"c".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80});
        // {"a\"b\é" "c then E0 80 80: the first string closes after é, the second opens at 11 and holds the bad bytes.
        assertThat(read(new ByteArrayInputStream(file)).firstBad).isEqualTo(new StrictUtf8.Place(13, 1, 14, 11, true));
        assertThat(read(new OneByteAtATime(file)).firstBad).isEqualTo(new StrictUtf8.Place(13, 1, 14, 11, true));
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> edge = Arbitraries.of(box(EDGES)).map(b -> new byte[] {(byte) (int) b});
        Arbitrary<byte[]> any = Arbitraries.integers().between(0, 255).map(b -> new byte[] {(byte) (int) b});
        Arbitrary<byte[]> character = Arbitraries.of(CHARACTERS).map(c -> c.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, edge), net.jqwik.api.Tuple.of(1, any), net.jqwik.api.Tuple.of(3, character))
                .list().ofMaxSize(16).map(pieces -> {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    pieces.forEach(out::writeBytes);
                    return out.toByteArray();
                });
    }

    /** Naive reference: where Java's decoder, reporting every malformed sequence, stops; -1 when it does not. */
    private static int firstMalformed(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(in, CharBuffer.allocate(bytes.length * 2), true).isError() ? in.position() : -1;
    }

    /**
     * Naive reference: the bytes with 0xFE for each that starts what Jackson would decode without a word: C0, C1, F5
     * to FF; E0 before 80–9F, ED before A0–BF, F0 before 80–8F, F4 before 90–BF.
     */
    private static byte[] refusing(byte[] bytes) {
        byte[] out = bytes.clone();
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xFF;
            int next = i + 1 < bytes.length ? bytes[i + 1] & 0xFF : -1;
            if (c == 0xC0 || c == 0xC1 || c >= 0xF5 || c == 0xE0 && next >= 0x80 && next <= 0x9F || c == 0xED && next >= 0xA0 && next <= 0xBF
                    || c == 0xF0 && next >= 0x80 && next <= 0x8F || c == 0xF4 && next >= 0x90 && next <= 0xBF) {
                out[i] = (byte) 0xFE;
            }
        }
        return out;
    }

    /** Naive reference: the line and column of a byte, lines ended by CR, LF or CR LF, columns in bytes from 1. */
    private static int[] lineAndColumn(byte[] bytes, int at) {
        int line = 1;
        int start = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\r' || bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r')) {
                line++;
            }
            if (bytes[i] == '\r' || bytes[i] == '\n') {
                start = i + 1;
            }
        }
        return new int[] {line, at - start + 1};
    }

    /** Naive reference: the opening quote of the string a byte is in (a backslash escapes the byte after it), or -1. */
    private static long openingQuote(byte[] bytes, int at) {
        int open = -1;
        for (int i = 0; i < at; i++) {
            if (open >= 0 && bytes[i] == '\\') {
                i++;
            } else if (bytes[i] == '"') {
                open = open >= 0 ? -1 : i;
            }
        }
        return open;
    }

    private record Read(byte[] out, StrictUtf8.Place firstBad) {
    }

    private static Read read(InputStream source) throws IOException {
        StrictUtf8 in = new StrictUtf8(new BufferedInputStream(source));
        List<Byte> out = new ArrayList<>();
        byte[] buffer = new byte[7];
        for (int n; (n = in.read(buffer, 0, buffer.length)) >= 0; ) {
            for (int i = 0; i < n; i++) {
                out.add(buffer[i]);
            }
        }
        byte[] b = new byte[out.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = out.get(i);
        }
        return new Read(b, in.firstBad());
    }

    private static Integer[] box(int[] values) {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    /** Gives one byte per read and says none is waiting: every byte ends a read, so every lookahead crosses one. */
    private static final class OneByteAtATime extends FilterInputStream {
        OneByteAtATime(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1));
        }

        @Override
        public int available() {
            return 0;
        }
    }
}
