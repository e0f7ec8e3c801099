package org.truce.factset;

import java.time.LocalDate;

/**
 * A published report that facts and claims cite; {@code attribution} names whose statement it relays, and {@code party}
 * the party of the agreement whose statement it relays (null for mediators, agencies and the press).
 */
public record Source(String id, String publisher, String attribution, String title, String url, LocalDate published, String party) {

    /** A source that relays no party's statement. */
    public Source(String id, String publisher, String attribution, String title, String url, LocalDate published) {
        this(id, publisher, attribution, title, url, published, null);
    }
}
