package org.truce.agreements.gaza_2023_11;

import java.time.LocalDate;

/** One day of an extension, with the extension's last day: rules join a day's figures to its extension by equality. */
public record ExtensionDay(LocalDate date, LocalDate to) {
}
