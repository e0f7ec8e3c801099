package org.truce.agreements.gaza_2025_01;

import org.truce.check.Pause;
import org.truce.factset.Bound;
import org.truce.factset.Day;
import org.truce.factset.FactSet;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The facts of the living-before-deceased term (P1-07): per date and source, the bodies of hostages of the deal
 * returned; and, per date with a body returned, the first living hostage of the deal reported released on a later date
 * and in a later week of the release schedule (witnesses that a living hostage was still held).
 */
final class LivingBeforeDeceased {
    private LivingBeforeDeceased() {
    }

    /** Per date and source, the hostages of the deal released, and how many of them were bodies. */
    static List<BodiesReleased> released(FactSet facts) {
        List<BodiesReleased> out = new ArrayList<>();
        for (Day day : facts.days()) {
            Map<String, List<Day.HostageRelease>> bySource = new TreeMap<>();
            day.hostageReleases().stream().filter(Day.HostageRelease::inDeal)
                    .forEach(r -> bySource.computeIfAbsent(r.source(), s -> new ArrayList<>()).add(r));
            bySource.forEach((source, releases) -> {
                long bodies = 0;
                long living = 0;
                long unsaid = 0;
                boolean decidable = true;
                for (Day.HostageRelease r : releases) {
                    decidable &= r.status() != null && r.bound() == Bound.EXACT;
                    if (r.bound() == Bound.AT_MOST) {
                        continue; // at most n: perhaps nobody
                    }
                    if ("deceased".equals(r.status())) {
                        bodies += r.count();
                    } else if ("living".equals(r.status())) {
                        living += r.count();
                    } else {
                        unsaid += r.count();
                    }
                }
                List<String> words = new ArrayList<>();
                if (living > 0) {
                    words.add(living + " living");
                }
                if (bodies > 0) {
                    words.add(bodies + (bodies == 1 ? " body" : " bodies"));
                }
                if (unsaid > 0) {
                    words.add(unsaid + " alive or dead not said");
                }
                String shows = words.isEmpty() ? "no count" : String.join(", ", words);
                out.add(new BodiesReleased(day.date(), source, bodies, decidable,
                        decidable ? shows : shows + " (not all said alive or dead, or only a bound of the day's releases)"));
            });
        }
        return out;
    }

    /** Per date with a body returned, the first living hostage released on a later date, and in a later week. */
    static List<LivingStillHeld> stillHeld(FactSet facts, Pause pause, List<BodiesReleased> released) {
        TreeMap<LocalDate, String> living = new TreeMap<>();
        for (Day day : facts.days()) {
            for (Day.HostageRelease r : day.hostageReleases()) {
                if (r.inDeal() && "living".equals(r.status()) && r.count() > 0 && r.bound() != Bound.AT_MOST) {
                    living.merge(day.date(), r.source(), (a, b) -> b.compareTo(a) < 0 ? b : a);
                }
            }
        }
        List<LivingStillHeld> out = new ArrayList<>();
        released.stream().filter(b -> b.bodies() > 0).map(BodiesReleased::date).distinct().forEach(date -> {
            Map.Entry<LocalDate, String> later = living.higherEntry(date);
            if (later != null) {
                out.add(new LivingStillHeld(date, "later-day", later.getKey(), later.getValue()));
            }
            LocalDate nextWeek = pause.firstDay().plusDays((week(pause, date) + 1) * 7L);
            Map.Entry<LocalDate, String> laterWeek = living.ceilingEntry(nextWeek);
            if (laterWeek != null) {
                out.add(new LivingStillHeld(date, "later-week", laterWeek.getKey(), laterWeek.getValue()));
            }
        });
        return out;
    }

    /** The week of the release schedule a date falls in, from 0 (Days 1–7). */
    static long week(Pause pause, LocalDate date) {
        return Math.floorDiv(ChronoUnit.DAYS.between(pause.firstDay(), date), 7);
    }
}
