package org.truce.factset;

import java.time.LocalDate;

/** A published report that facts and claims cite; {@code attribution} names whose statement it relays. */
public record Source(String id, String publisher, String attribution, String title, String url, LocalDate published) {
}
