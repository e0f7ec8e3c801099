package org.truce.factset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The filter the loader reads through, as an input stream: every way of reading it checks every byte, and the
 * edges of UTF-8 that random bytes seldom reach (characters led by E1, or by F1 to F3, each edge of the ranges
 * after E0, ED, F0 and F4) are exact. {@link StrictUtf8Test} compares it with references on random bytes.
 */
@DisplayName("StrictUtf8 as a stream: every way of reading checks every byte; the edges of UTF-8 exact")
class StrictUtf8StreamTest {

    private static StrictUtf8 over(byte[] bytes) {
        return new StrictUtf8(new BufferedInputStream(new ByteArrayInputStream(bytes)));
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static StrictUtf8.Place firstBadOfAll(byte[] bytes) throws IOException {
        StrictUtf8 in = over(bytes);
        in.readAllBytes();
        return in.firstBad();
    }

    @Test
    @DisplayName("read() a byte at a time gives the bytes Jackson would get, then -1, and finds the same first bad byte")
    void singleBytes() throws IOException {
        byte[] file = bytes('[', '"', 0xC3, 0xA9, '"', ',', 0xC0, ']');
        StrictUtf8 in = over(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != -1; ) {
            out.write(b);
        }
        assertThat(out.toByteArray()).as("é as itself, C0 as the byte Jackson refuses").isEqualTo(bytes('[', '"', 0xC3, 0xA9, '"', ',', 0xFE, ']'));
        assertThat(in.read()).as("still at the end").isEqualTo(-1);
        assertThat(in.firstBad()).isEqualTo(new StrictUtf8.Place(6, 1, 7, -1, true));
    }

    @Test
    @DisplayName("skip reads what it skips: a bad byte skipped over is still found, and exactly n bytes are skipped")
    void skipChecksWhatItSkips() throws IOException {
        StrictUtf8 in = over(bytes('a', 0xFF, 'b', 'c'));
        assertThat(in.skip(2)).isEqualTo(2);
        assertThat(in.firstBad()).isEqualTo(new StrictUtf8.Place(1, 1, 2, -1, true));
        assertThat(in.read()).isEqualTo('b');
        assertThat(in.skip(5)).as("only one byte was left").isEqualTo(1);
        assertThat(in.skip(1)).as("at the end").isZero();

        // More than one buffer of 8192 bytes: the second read asks only for what is left.
        byte[] big = new byte[20_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) ('a' + i % 26);
        }
        StrictUtf8 large = over(big);
        assertThat(large.skip(10_000)).isEqualTo(10_000);
        assertThat(large.read()).as("the byte at 10,000").isEqualTo('a' + 10_000 % 26);
        assertThat(large.skip(0)).isZero();
        assertThat(large.skip(-3)).isZero();
    }

    @Test
    @DisplayName("mark and reset are refused: no byte is read twice past the check")
    void noMark() {
        StrictUtf8 in = over(bytes('a'));
        assertThat(in.markSupported()).isFalse();
        in.mark(10);
        assertThatThrownBy(in::reset).isInstanceOf(IOException.class).hasMessage("mark and reset are not supported");
    }

    @Test
    @DisplayName("a read of no bytes between the bytes of one character does not cut the character short")
    void emptyReadInsideACharacter() throws IOException {
        StrictUtf8 in = over(bytes('"', 0xC3, 0xA9, '"'));
        byte[] b = new byte[4];
        assertThat(in.read(b, 0, 2)).isEqualTo(2);
        assertThat(in.read(b, 2, 0)).isZero();
        assertThat(in.read(b, 2, 2)).isEqualTo(2);
        assertThat(in.read(b, 0, 4)).isEqualTo(-1);
        assertThat(in.firstBad()).as("é split by an empty read is still é").isNull();
    }

    @Test
    @DisplayName("bytes read into the middle of a buffer are placed by where they stand in the file, not in the buffer")
    void readAtAnOffset() throws IOException {
        StrictUtf8 in = over(bytes('a', '\n', 'b', 0xFF));
        byte[] b = new byte[16];
        assertThat(in.read(b, 5, 2)).isEqualTo(2);
        assertThat(in.read(b, 9, 7)).isEqualTo(2);
        assertThat(in.firstBad()).isEqualTo(new StrictUtf8.Place(3, 2, 2, -1, true));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("characters led by bytes random tests seldom make whole (E1, and F1 to F3 of four bytes) are UTF-8")
    @CsvSource({"\u1000", "\u1fff", "\ud8c0\udc00", "\ud9ff\udfff", "\uda00\udc00", "\udbbf\udfff"})
    void seldomLeads(String character) throws IOException {
        byte[] file = ("\"" + character + "\"").getBytes(StandardCharsets.UTF_8);
        assertThat(file[1] & 0xFF).isIn(0xE1, 0xF1, 0xF2, 0xF3);
        StrictUtf8 in = over(file);
        assertThat(in.readAllBytes()).isEqualTo(file);
        assertThat(in.firstBad()).isNull();
    }

    @Test
    @DisplayName("four continuation bytes in a row are not a character: the first is the first bad byte")
    void continuationsWithoutALead() throws IOException {
        assertThat(firstBadOfAll(bytes('"', 0x80, 0x80, 0x80, 0x80, '"'))).isEqualTo(new StrictUtf8.Place(1, 1, 2, 0, false));
    }

    @ParameterizedTest(name = "{0} {1}: refused {2}")
    @DisplayName("E0, ED, F0 and F4 are refused before the bytes at each edge of their forbidden ranges, and only there")
    @CsvSource({
            "E0, 7F, false", "E0, 80, true", "E0, 9F, true", "E0, A0, false",
            "ED, 9F, false", "ED, A0, true", "ED, BF, true", "ED, C0, false",
            "F0, 7F, false", "F0, 80, true", "F0, 8F, true", "F0, 90, false",
            "F4, 8F, false", "F4, 90, true", "F4, BF, true", "F4, C0, false"})
    void rangeEdges(String lead, String next, boolean refused) throws IOException {
        int l = Integer.parseInt(lead, 16);
        int n = Integer.parseInt(next, 16);
        byte[] out = over(bytes(l, n)).readAllBytes();
        assertThat(out[0] & 0xFF).as("what Jackson is given for %s", lead).isEqualTo(refused ? 0xFE : l);
    }

    @Test
    @DisplayName("a byte that cuts a character short is passed as itself, and the place says it was not replaced")
    void cutShortNotReplaced() throws IOException {
        StrictUtf8 in = over(bytes('[', 0xC3, '(', ']'));
        assertThat(in.readAllBytes()).isEqualTo(bytes('[', 0xC3, '(', ']'));
        assertThat(in.firstBad()).isEqualTo(new StrictUtf8.Place(1, 1, 2, -1, false));
    }

    @Test
    @DisplayName("a character cut short by the end of the file is placed at its first byte, in its string if it is in one, not replaced")
    void cutShortByTheEnd() throws IOException {
        assertThat(firstBadOfAll(bytes('{', '"', 0xC3))).isEqualTo(new StrictUtf8.Place(2, 1, 3, 1, false));
        assertThat(firstBadOfAll(bytes('[', 0xC3))).isEqualTo(new StrictUtf8.Place(1, 1, 2, -1, false));
    }

    @Test
    @DisplayName("the first bad sequence stays the first to the end of the file, whatever bad bytes follow it")
    void firstStaysFirst() throws IOException {
        // E0 80 is refused at E0; the F8 after it is refused too, and the end of the file comes with E0's sequence open.
        assertThat(firstBadOfAll(bytes(0xE0, 0x80, 0xF8))).isEqualTo(new StrictUtf8.Place(0, 1, 1, -1, true));
    }
}
