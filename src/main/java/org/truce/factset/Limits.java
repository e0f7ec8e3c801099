package org.truce.factset;

/**
 * How much a fact set may hold before the reader refuses it: a guard against files that would exhaust memory or
 * time. The size, string and depth limits can be raised from the command line where a larger file is really meant
 * ({@code --max-input-mb}, {@code --max-string}, {@code --max-depth}); a longer number is never a valid count.
 */
public record Limits(long maxDocumentBytes, int maxStringLength, int maxNestingDepth, int maxNumberLength) {

    /** The largest file truce reads unless told otherwise: the bundled fact set is under 0.1 MiB. */
    public static final int DEFAULT_MAX_INPUT_MB = 256;
    public static final int DEFAULT_MAX_STRING = 100_000;
    public static final int DEFAULT_MAX_DEPTH = 32;

    /** Field names are the format's own words; none is near this long. */
    static final int MAX_NAME_LENGTH = 1_000;

    /** Jackson's own default: a count of more digits than a long holds is reported as too large, with the other problems. */
    static final int MAX_NUMBER_LENGTH = 1_000;

    /** Generous for real fact sets, far below what would exhaust the heap. */
    public static final Limits DEFAULT = of(DEFAULT_MAX_INPUT_MB, DEFAULT_MAX_STRING, DEFAULT_MAX_DEPTH);

    public Limits {
        if (maxDocumentBytes < 1 || maxStringLength < 1 || maxNestingDepth < 1 || maxNumberLength < 1) {
            throw new IllegalArgumentException("reading limits must be at least 1");
        }
    }

    /** The limits as the command line gives them: the file size in MiB, string length, nesting depth. */
    public static Limits of(int maxInputMb, int maxString, int maxDepth) {
        return new Limits((long) maxInputMb << 20, maxString, maxDepth, MAX_NUMBER_LENGTH);
    }

    /** What a file must be, as the message that refuses a larger one says it. */
    String documentLimit() {
        return "a file of at most " + mebibytes(maxDocumentBytes) + " (--max-input-mb raises it)";
    }

    static String mebibytes(long bytes) {
        if (bytes < 1 << 20) {
            return bytes + " bytes";
        }
        return (bytes % (1 << 20) == 0 ? "" : "more than ") + (bytes >> 20) + " MiB";
    }
}
