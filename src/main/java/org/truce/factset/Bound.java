package org.truce.factset;

/**
 * What a count says of the day's true number: that number itself ({@code EXACT}, a count without {@code bound}), or
 * only a lower ({@code AT_LEAST}, a partial-day figure) or upper ({@code AT_MOST}) bound of it.
 */
public enum Bound {
    EXACT(null), AT_LEAST("atLeast"), AT_MOST("atMost");

    private final String json;

    Bound(String json) {
        this.json = json;
    }

    /** The value of {@code bound} in a fact set; null for {@code EXACT}, which is written by leaving {@code bound} out. */
    public String json() {
        return json;
    }
}
