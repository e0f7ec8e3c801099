package org.truce.agreements.gaza_2025_01;

import org.truce.check.Entry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One source's first report of the event a term waits for (the return north opened, the withdrawal from the Netzarim
 * axis completed, the Rafah crossing opened): the pause day it belongs to ({@code on}, with {@code onEpochDay} for the
 * rules' comparisons) and its time where the source gave one ({@code at}, else null). {@code date} is the day of the
 * findings that read it: the day the term is due, for a term with one due day, else the day of the event itself.
 */
public record FirstReport(String term, LocalDate date, String source, String happened, LocalDate on, long onEpochDay,
                          OffsetDateTime at) implements Entry.OfOneSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    @Override
    public List<String> readBy() {
        return List.of(term);
    }

    @Override
    public LocalDate day() {
        return date;
    }

    /** What happened and when, as the source reported it first ("return north opened at 07:00 on 27 January 2025"). */
    @Override
    public String shows() {
        return happened + (at == null ? " on " + DAY.format(on) + ", at a time not given" : " at " + TIME.format(at) + " on " + DAY.format(on));
    }

    /** How it stands against the day due ("…: 2 days after 25 January 2025, the day due"). */
    public String against(LocalDate due) {
        long days = onEpochDay - due.toEpochDay();
        String when = days == 0 ? "on " + DAY.format(due) + ", the day due"
                : Math.abs(days) + (Math.abs(days) == 1 ? " day " : " days ") + (days < 0 ? "before " : "after ") + DAY.format(due) + ", the day due";
        return shows() + ": " + when;
    }
}
