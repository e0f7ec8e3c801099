package org.truce.agreements.gaza_2025_01;

import org.truce.check.Entry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One source's report that the list of which hostages of the deal are alive and which dead was delivered, on
 * {@code deliveredOn} (at {@code at}, null where no time was reported), read by the hostage-status-by-day7 term
 * (P1-09) on its deadline, {@code deadline}; {@code deliveredDay} is the epoch day of {@code deliveredOn}.
 */
public record StatusList(LocalDate deadline, String source, LocalDate deliveredOn, long deliveredDay, OffsetDateTime at)
        implements Entry.OfOneSource {

    @Override
    public List<String> readBy() {
        return List.of("hostage-status-by-day7");
    }

    @Override
    public LocalDate day() {
        return deadline;
    }

    /** How late a list delivered {@code days} days after its deadline was, in words ("1 day after the deadline"). */
    public static String late(long days) {
        return days + (days == 1 ? " day" : " days") + " after the deadline";
    }

    @Override
    public String shows() {
        return "the list of the living and the dead delivered " + (at == null ? "on " + deliveredOn : "at " + Local.shown(at));
    }
}
