package org.truce.agreements.gaza_2025_01;

import org.truce.factset.Day;
import org.truce.factset.FactSet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The last pause day on which any source reported a living woman (a civilian woman or a female soldier) released in the
 * deal, with the sources that reported one that day: the day the women's releases ended, which the reading
 * after-all-women-released of rafah-wounded (P1-18) counts from. It is a day derived from the reports, not a report:
 * the obligation it sets names it and its sources, and the accounts rest on the reports of the crossing.
 */
public record LastWomanReleased(LocalDate date, long epochDay, List<String> sources) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final List<String> WOMEN = List.of("civilian-woman", "female-soldier");

    public LastWomanReleased {
        sources = List.copyOf(sources);
    }

    /** The last such day, or none where no source reported a living woman released in the deal. */
    static Optional<LastWomanReleased> of(FactSet facts) {
        LocalDate last = null;
        TreeSet<String> sources = new TreeSet<>();
        for (Day day : facts.days()) {
            for (Day.HostageRelease h : day.hostageReleases()) {
                if (h.inDeal() && h.count() > 0 && h.category() != null && WOMEN.contains(h.category()) && "living".equals(h.status())) {
                    if (last == null || day.date().isAfter(last)) {
                        last = day.date();
                        sources.clear();
                    }
                    if (day.date().equals(last)) {
                        sources.add(h.source());
                    }
                }
            }
        }
        return last == null ? Optional.empty() : Optional.of(new LastWomanReleased(last, last.toEpochDay(), List.copyOf(sources)));
    }

    /** For people: "the last living woman of the deal released on 30 January 2025 (as reported by S31)". */
    public String shows() {
        return "the last living woman of the deal released on " + DAY.format(date) + " (as reported by " + String.join(", ", sources) + ")";
    }
}
