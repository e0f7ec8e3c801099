package org.truce.factset;

/** A published report that facts and claims cite; {@code attribution} names whose statement it relays;
 * {@code published} (null where not given) says from when a run {@code --as-of} counts it. */
public record Source(String id, String publisher, String attribution, String title, String url, Published published) {
}
