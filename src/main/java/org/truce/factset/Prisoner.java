package org.truce.factset;

import java.time.LocalDate;

/** A prisoner by opaque id: detention date (orders time served) and the date first listed as eligible, if ever. */
public record Prisoner(String id, String category, LocalDate detainedOn, LocalDate listedOn, String source) {
}
