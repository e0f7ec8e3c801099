package org.truce.factset;

/**
 * A published report that facts and claims cite; {@code attribution} names whose statement it relays, and {@code party}
 * the party of the agreement whose statement it relays (null for mediators, agencies and the press); {@code published}
 * (null where not given) says from when a run {@code --as-of} counts it.
 */
public record Source(String id, String publisher, String attribution, String title, String url, Published published, String party) {

    /** A source that relays no party's statement. */
    public Source(String id, String publisher, String attribution, String title, String url, Published published) {
        this(id, publisher, attribution, title, url, published, null);
    }
}
