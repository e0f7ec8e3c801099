package org.truce.check;

import java.time.LocalDate;

/** The pause as the rules see it: its first day, the last day of the initial pause, and the last day with every extension. */
public record Pause(LocalDate firstDay, LocalDate lastInitialDay, LocalDate lastDay, int initialDays) {
}
