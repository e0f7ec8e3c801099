package org.truce.check;

import java.time.LocalDate;

/** A date on which a party made a handover with a reported schedule. */
public record HandoverDay(LocalDate date, String party) {
}
