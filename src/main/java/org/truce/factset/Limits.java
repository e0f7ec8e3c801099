package org.truce.factset;

/**
 * How much a fact set may hold before the reader refuses it: a guard against files that would exhaust memory or
 * time. The size, string, depth and pause-day limits can be raised from the command line where a larger file is
 * really meant ({@code --max-input-mb}, {@code --max-string}, {@code --max-depth}, {@code --max-pause-days}); a longer
 * number is never a valid count.
 */
public record Limits(long maxDocumentBytes, int maxStringLength, int maxNestingDepth, int maxNumberLength, int maxPauseDays) {

    /** The largest file truce reads unless told otherwise: the bundled fact set is under 0.1 MiB. */
    public static final int DEFAULT_MAX_INPUT_MB = 256;
    public static final int DEFAULT_MAX_STRING = 100_000;
    public static final int DEFAULT_MAX_DEPTH = 32;

    /**
     * A year of pause days added by extensions: every pause day becomes facts, findings and report rows, so a few
     * lines of extensions must not cost minutes and gigabytes (ten extensions of 10,000 days once took 27 s and 2.5 GB).
     */
    public static final int DEFAULT_MAX_PAUSE_DAYS = 366;

    /** The most {@code --max-pause-days} may allow: some 2,700 years of days, far from overflowing a day count. */
    public static final int MAX_PAUSE_DAYS = 1_000_000;

    /**
     * The largest count of hostages, prisoners or aid trucks a report may give: no real report comes near a
     * billion, and with every count at most this, no sum of counts overflows a long (see the agreement's summaries of daily figures). Not a
     * reading limit that an option raises: a larger count is a mistake, not a larger file.
     */
    public static final long MAX_COUNT = 1_000_000_000L;

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
        if (maxPauseDays < 0 || maxPauseDays > MAX_PAUSE_DAYS) {
            throw new IllegalArgumentException("the pause-day limit must be from 0 to " + MAX_PAUSE_DAYS);
        }
    }

    /** The limits as the command line gives them: the file size in MiB, string length, nesting depth. */
    public static Limits of(int maxInputMb, int maxString, int maxDepth) {
        return of(maxInputMb, maxString, maxDepth, DEFAULT_MAX_PAUSE_DAYS);
    }

    /** As {@link #of(int, int, int)}, with the most pause days that extensions may add in all. */
    public static Limits of(int maxInputMb, int maxString, int maxDepth, int maxPauseDays) {
        return new Limits((long) maxInputMb << 20, maxString, maxDepth, MAX_NUMBER_LENGTH, maxPauseDays);
    }

    /** What a file must be, as the message that refuses a larger one says it. */
    String documentLimit() {
        return "a file of at most " + mebibytes(maxDocumentBytes) + " (--max-input-mb raises it)";
    }

    /** What the extensions of a fact set may add, as the message that refuses more says it. */
    String pauseDaysLimit() {
        return "at most " + maxPauseDays + " pause days added by extensions in all (--max-pause-days raises it)";
    }

    static String mebibytes(long bytes) {
        if (bytes < 1 << 20) {
            return bytes + " bytes";
        }
        return (bytes % (1 << 20) == 0 ? "" : "more than ") + (bytes >> 20) + " MiB";
    }
}
