package org.truce.factset;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;

/**
 * The bytes of a fact set as the JSON reader is given them: UTF-8 as strictly as RFC 3629 has it, and where the first
 * byte that is not UTF-8 stands.
 *
 * <p>Jackson decodes overlong forms ({@code C0 AF} as {@code /}) and code points above U+10FFFF without a word,
 * refuses encoded surrogates in words of its own, and pads the end of a field name with 0xFF before looking it up
 * ({@code "titl\xFFe"} read as {@code title}). So the first byte of each such sequence is read as 0xFE, a byte that
 * never occurs in UTF-8 and that Jackson refuses wherever it stands, in a name or a value, like any other byte that is
 * not UTF-8: C0, C1 and F5 to FF always; E0 before 80–9F (overlong), ED before A0–BF (a surrogate), F0 before 80–8F
 * (overlong) and F4 before 90–BF (above U+10FFFF), which takes one byte of lookahead, across reads too.
 *
 * <p>In a string, Jackson places such an error one byte past the bad one in a value, and at the end of the name in a
 * name, with the path of the field before it. So this stream also validates every byte and keeps the place of the
 * first sequence that is not UTF-8, counting lines and columns as Jackson does (bytes, from 1; CR, LF and CR LF each
 * end a line; a byte-order mark counts), with the opening quote of the string it lies in: the loader names that place.
 */
final class StrictUtf8 extends FilterInputStream {

    /**
     * Where the first sequence that is not UTF-8 starts; {@code stringStart} is the opening quote of the string it is
     * in, or -1; {@code replaced} tells whether Jackson was given 0xFE instead of its first byte.
     */
    record Place(long offset, int line, int column, long stringStart, boolean replaced) {
    }

    private static final int REFUSED = 0xFE;

    /** The ASCII bytes that end no line and start, end or escape no string. */
    private static final boolean[] ORDINARY = new boolean[0x80];

    static {
        java.util.Arrays.fill(ORDINARY, true);
        ORDINARY['"'] = false;
        ORDINARY['\\'] = false;
        ORDINARY['\n'] = false;
        ORDINARY['\r'] = false;
    }

    private long offset;
    private int line = 1;
    private long lineStart;
    private boolean afterCr;
    private boolean inString;
    private boolean escaped;
    private long stringStart = -1;
    /** The continuation bytes still expected, the range the next one must be in, and where their sequence began. */
    private int needed;
    private int low = 0x80;
    private int high = 0xBF;
    private long sequenceStart;
    private int sequenceLine;
    private int sequenceColumn;
    private Place firstBad;
    private long lastReplaced = -1;

    StrictUtf8(BufferedInputStream in) {
        super(in);
    }

    /** Where the first byte sequence that is not UTF-8 starts, among the bytes read so far; null when there is none. */
    Place firstBad() {
        return firstBad;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        // equivalent mutant: < 0 to <= 0: a read of one byte returns 1 or -1, never 0
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n < 0) {
            return end(n);
        }
        int end = off + n;
        long base = offset - off;
        // The line and string state is kept in locals over the loop: ASCII is most of every file, and tracking every
        // quote through the fields cost several times the reading itself.
        boolean tracking = firstBad == null;
        boolean str = inString;
        boolean esc = escaped;
        boolean cr = afterCr;
        int ln = line;
        long lnStart = lineStart;
        long strStart = stringStart;
        for (int i = off; i < end; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x80 && needed == 0) {
                if (tracking && (esc || cr || !ORDINARY[c])) {
                    if (c == '\n' || c == '\r') {
                        if (c == '\r' || !cr) {
                            ln++;
                        }
                        lnStart = base + i + 1;
                    }
                    cr = c == '\r';
                    if (esc) {
                        esc = false;
                    } else if (c == '"') {
                        str = !str;
                        strStart = str ? base + i : strStart;
                    } else if (c == '\\') {
                        esc = str;
                    }
                }
                continue;
            }
            // Where the byte stands, should it be the first that is not UTF-8.
            offset = base + i;
            line = ln;
            lineStart = lnStart;
            inString = str;
            stringStart = strStart;
            int next = i + 1 < end ? b[i + 1] & 0xFF : needsNext(c) ? peek() : -1;
            b[i] = (byte) pass(c, next);
            tracking = firstBad == null;
            // A byte that is not ASCII ends a line break, and is what a backslash before it escapes (Jackson refuses that).
            cr = false;
            esc = false;
        }
        inString = str;
        escaped = esc;
        afterCr = cr;
        line = ln;
        lineStart = lnStart;
        stringStart = strStart;
        offset = base + end;
        return n;
    }

    /** Reads what it skips, so that no byte escapes the check. */
    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            // equivalent mutant: < 0 to <= 0: each read asks for at least one byte, so it returns at least one or -1
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void mark(int readlimit) {
    }

    @Override
    public void reset() throws IOException {
        throw new IOException("mark and reset are not supported");
    }

    /** At the end of the bytes: a sequence still waiting for its continuation bytes is cut short. */
    private int end(int eof) {
        if (firstBad == null && needed > 0) {
            firstBad = new Place(sequenceStart, sequenceLine, sequenceColumn, inString ? stringStart : -1, lastReplaced == sequenceStart);
        }
        return eof;
    }

    /** The byte after the last one read, left unread. */
    private int peek() throws IOException {
        in.mark(1);
        int next = in.read();
        in.reset();
        return next;
    }

    private static boolean needsNext(int c) {
        // equivalent mutant: true: a peek only reads the next byte ahead and puts it back; only these four lead bytes use it
        return c == 0xE0 || c == 0xED || c == 0xF0 || c == 0xF4;
    }

    /** The byte {@code c} as Jackson gets it, given the byte after it ({@code -1}: none); tracks its place. */
    private int pass(int c, int next) {
        boolean refused = c == 0xC0 || c == 0xC1 || c >= 0xF5
                || c == 0xE0 && next >= 0x80 && next <= 0x9F
                || c == 0xED && next >= 0xA0 && next <= 0xBF
                || c == 0xF0 && next >= 0x80 && next <= 0x8F
                || c == 0xF4 && next >= 0x90 && next <= 0xBF;
        if (refused) {
            lastReplaced = offset;
        }
        if (firstBad == null) {
            track(c);
            if (refused && firstBad == null) {
                // A lead byte refused for the byte after it: Jackson stops here, perhaps before that byte is read.
                firstBad = new Place(offset, sequenceLine, sequenceColumn, inString ? stringStart : -1, true);
            }
        }
        // equivalent mutant: ++ to --: offset is set again from the loop (base + i) before it is next read
        offset++;
        return refused ? REFUSED : c;
    }

    /** Advances the UTF-8 decoder by one byte at {@link #offset}: a continuation byte, or one that is not ASCII. */
    private void track(int c) {
        int column = (int) Math.min(Integer.MAX_VALUE, offset - lineStart + 1);
        if (needed > 0) {
            if (c >= low && c <= high) {
                needed--;
                low = 0x80;
                high = 0xBF;
                return;
            }
            // The sequence ends early: it is the first that is not UTF-8.
            firstBad = new Place(sequenceStart, sequenceLine, sequenceColumn, inString ? stringStart : -1, lastReplaced == sequenceStart);
            needed = 0;
            return;
        }
        // Past a sequence, only bytes that are not ASCII come here: the loop in read tracks ASCII itself.
        if (c >= 0xC2 && c <= 0xDF) {
            sequence(1, 0x80, 0xBF, column);
        } else if (c == 0xE0) {
            sequence(2, 0xA0, 0xBF, column);
        } else if (c == 0xED) {
            sequence(2, 0x80, 0x9F, column);
        } else if (c >= 0xE1 && c <= 0xEF) {
            sequence(2, 0x80, 0xBF, column);
        } else if (c == 0xF0) {
            sequence(3, 0x90, 0xBF, column);
        } else if (c == 0xF4) {
            sequence(3, 0x80, 0x8F, column);
        } else if (c >= 0xF1 && c <= 0xF3) {
            sequence(3, 0x80, 0xBF, column);
        } else {
            // A continuation byte with no lead, C0, C1, or F5 to FF.
            firstBad = new Place(offset, line, column, inString ? stringStart : -1, lastReplaced == offset);
        }
    }

    private void sequence(int continuations, int firstLow, int firstHigh, int column) {
        needed = continuations;
        low = firstLow;
        high = firstHigh;
        sequenceStart = offset;
        sequenceLine = line;
        sequenceColumn = column;
    }
}
