package org.truce.factset;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An extension of the pause by whole days, as reported. */
public record Extension(OffsetDateTime agreedAt, LocalDate agreedOn, int days, String source, String note) {
}
