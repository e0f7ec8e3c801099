package org.truce.check;

import org.truce.factset.Extension;
import org.truce.factset.FactSet;
import org.truce.rulebook.ClauseIndex;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The pause days of an agreement for one fact set: the initial days from the clause index, then every extension's days. */
public record Calendar(Pause pause, List<PauseDay> days) {

    /**
     * The most pause days a calendar holds, 2^20: more than the loader ever lets through (its {@code --max-pause-days}
     * is at most 10^6, beside the clause index's initial days), and few enough to build; this guards fact sets built in
     * memory and clause indexes edited by hand, which never went through the loader's limit.
     */
    static final int MAX_DAYS = 1 << 20;

    static Calendar of(ClauseIndex index, FactSet facts) {
        LocalDate first = OffsetDateTime.parse(index.pause().start()).toLocalDate();
        int initial = index.pause().initialDays();
        // Summed as longs: at most 2^31 extensions of at most 2^31 days each cannot overflow, where an int sum can.
        long extra = 0;
        for (Extension e : facts.extensions()) {
            if (e.days() < 1) {
                throw new IllegalArgumentException("expected an extension of at least 1 day, found " + e.days());
            }
            extra += e.days();
        }
        long total = initial + extra;
        if (total > MAX_DAYS) {
            throw new IllegalArgumentException("expected a pause of at most " + MAX_DAYS + " days, found " + total
                    + " (" + initial + " initial days and " + extra + " added by extensions)");
        }
        List<PauseDay> days = new ArrayList<>((int) total);
        for (int i = 0; i < total; i++) {
            days.add(PauseDay.of(first.plusDays(i), i + 1, i >= initial));
        }
        Pause pause = new Pause(first, first.plusDays(initial - 1L), first.plusDays(total - 1L), initial);
        return new Calendar(pause, List.copyOf(days));
    }

    /** Whether {@code date} is a pause day. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(pause.firstDay()) && !date.isAfter(pause.lastDay());
    }
}
