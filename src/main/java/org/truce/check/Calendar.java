package org.truce.check;

import org.truce.factset.Extension;
import org.truce.factset.FactSet;
import org.truce.rulebook.ClauseIndex;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The pause days of an agreement for one fact set: the initial days from the clause index, then every extension's days. */
record Calendar(Pause pause, List<PauseDay> days) {

    static Calendar of(ClauseIndex index, FactSet facts) {
        LocalDate first = OffsetDateTime.parse(index.pause().start()).toLocalDate();
        int initial = index.pause().initialDays();
        int extra = facts.extensions().stream().mapToInt(Extension::days).sum();
        List<PauseDay> days = new ArrayList<>(initial + extra);
        for (int i = 0; i < initial + extra; i++) {
            days.add(PauseDay.of(first.plusDays(i), i + 1, i >= initial));
        }
        Pause pause = new Pause(first, first.plusDays(initial - 1L), first.plusDays(initial + extra - 1L), initial);
        return new Calendar(pause, List.copyOf(days));
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(pause.firstDay()) && !date.isAfter(pause.lastDay());
    }
}
