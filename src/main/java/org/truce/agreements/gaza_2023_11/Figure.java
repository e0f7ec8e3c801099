package org.truce.agreements.gaza_2023_11;

import java.time.LocalDate;

/** One source's figure for one quantity on one day: the sum of that source's reports of that day. */
public record Figure(Quantity quantity, LocalDate date, String source, long value) {
}
