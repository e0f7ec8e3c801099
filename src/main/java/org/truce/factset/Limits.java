package org.truce.factset;

/**
 * How much a fact set may hold before the reader refuses it: a guard against files that would exhaust memory.
 * Each limit can be raised from the command line where a larger file is really meant.
 */
public record Limits(long maxDocumentBytes, int maxStringLength, int maxNestingDepth, int maxNumberLength) {

    /** Generous for real fact sets, far below what would exhaust the heap. */
    public static final Limits DEFAULT = new Limits(1L << 30, 100_000, 32, 40);
}
