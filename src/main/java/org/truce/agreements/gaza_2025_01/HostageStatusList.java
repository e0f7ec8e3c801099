package org.truce.agreements.gaza_2025_01;

import org.truce.check.Pause;
import org.truce.factset.Day;
import org.truce.factset.FactSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The facts of the hostage-status-by-day7 term (P1-09): every report that the list of the living and the dead was
 * delivered, read on the day of the deadline (the pause day numbered by the parameter {@code hostage-status-by-day7.day}).
 * Each source's earliest report counts: a later one of the same source repeats it.
 */
final class HostageStatusList {
    static final String DEADLINE = "hostage-status-by-day7.day";

    private HostageStatusList() {
    }

    static List<StatusList> lists(FactSet facts, Pause pause, Map<String, Long> parameters) {
        Long day = parameters.get(DEADLINE);
        if (day == null) {
            return List.of();
        }
        LocalDate deadline = pause.firstDay().plusDays(day - 1);
        Map<String, StatusList> first = new java.util.TreeMap<>();
        for (Day d : facts.days()) {
            for (Day.Event e : d.events()) {
                if (e.kind().equals("status-list-delivered")) {
                    StatusList list = new StatusList(deadline, e.source(), d.date(), d.date().toEpochDay(), e.at());
                    first.merge(e.source(), list, (a, b) -> b.deliveredDay() < a.deliveredDay() ? b : a);
                }
            }
        }
        return new ArrayList<>(first.values());
    }
}
