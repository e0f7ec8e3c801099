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

    /** What goes before a count that is this bound, for people: "", "at least ", "at most ". */
    public String before() {
        return switch (this) {
            case EXACT -> "";
            case AT_LEAST -> "at least ";
            case AT_MOST -> "at most ";
        };
    }

    /** The value of {@code bound} in a fact set; null for {@code EXACT}, which is written by leaving {@code bound} out. */
    public String json() {
        return json;
    }
}
