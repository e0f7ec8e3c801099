package org.truce.agreements.gaza_2023_11;

import java.time.LocalDate;

/** A date on which a party made a handover with a reported schedule. */
public record HandoverDay(LocalDate date, String party) {
}
