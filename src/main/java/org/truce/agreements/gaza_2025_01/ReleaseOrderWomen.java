package org.truce.agreements.gaza_2025_01;

import org.truce.factset.Bound;
import org.truce.factset.Day;
import org.truce.factset.FactSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The facts of the release-order-women term (P1-08): per date and source, the living (or not said) hostages of the deal
 * released by category; and, per date, the first living woman of the deal reported released on a later date (a
 * witness that she was still held). Bodies are left to living-before-deceased (P1-07): the order among women is read
 * as an order of the living.
 */
final class ReleaseOrderWomen {
    private static final Set<String> WOMEN = Set.of("civilian-woman", "female-soldier");
    private static final Set<String> MEN = Set.of("civilian-man", "male-soldier");

    private ReleaseOrderWomen() {
    }

    /** Per date and source, the hostages released other than bodies, by category. */
    static List<WomenReleased> released(FactSet facts) {
        List<WomenReleased> out = new ArrayList<>();
        for (Day day : facts.days()) {
            Map<String, List<Day.HostageRelease>> bySource = new TreeMap<>();
            for (Day.HostageRelease r : day.hostageReleases()) {
                if (r.inDeal() && !"deceased".equals(r.status())) {
                    bySource.computeIfAbsent(r.source(), s -> new ArrayList<>()).add(r);
                }
            }
            bySource.forEach((source, releases) -> out.add(of(day.date(), source, releases)));
        }
        return out;
    }

    private static WomenReleased of(LocalDate date, String source, List<Day.HostageRelease> releases) {
        long afterCivilianWomen = 0;
        long afterWomen = 0;
        boolean decidable = true;
        Map<String, Long> shown = new LinkedHashMap<>();
        for (Day.HostageRelease r : releases) {
            decidable &= r.category() != null && r.bound() == Bound.EXACT;
            if (r.bound() == Bound.AT_MOST) {
                continue; // at most n: perhaps nobody
            }
            if (r.category() != null && MEN.contains(r.category())) {
                afterWomen += r.count();
                afterCivilianWomen += r.count();
            } else if ("female-soldier".equals(r.category())) {
                afterCivilianWomen += r.count();
            }
            shown.merge(r.category() == null ? "" : r.category(), r.count(), Long::sum);
        }
        List<String> words = new ArrayList<>();
        shown.forEach((c, n) -> words.add(Category.count(n, c.isEmpty() ? null : c)));
        String shows = String.join(", ", words) + (decidable ? "" : " (not all by category, or only a bound of the day's releases)");
        return new WomenReleased(date, source, afterCivilianWomen, afterWomen, decidable, shows.isEmpty() ? "no count" : shows);
    }

    /** Per date with a release, the first living civilian woman and the first living woman of the deal released later. */
    static List<WomanStillHeld> stillHeld(FactSet facts, List<WomenReleased> released) {
        // Living women of the deal by date of release: the first source (by id) and category on each date.
        TreeMap<LocalDate, Day.HostageRelease> civilian = new TreeMap<>();
        TreeMap<LocalDate, Day.HostageRelease> woman = new TreeMap<>();
        for (Day day : facts.days()) {
            for (Day.HostageRelease r : day.hostageReleases()) {
                if (r.inDeal() && "living".equals(r.status()) && r.category() != null && WOMEN.contains(r.category()) && r.count() > 0
                        && r.bound() != Bound.AT_MOST) {
                    woman.merge(day.date(), r, ReleaseOrderWomen::first);
                    if (r.category().equals("civilian-woman")) {
                        civilian.merge(day.date(), r, ReleaseOrderWomen::first);
                    }
                }
            }
        }
        List<WomanStillHeld> out = new ArrayList<>();
        released.stream().map(WomenReleased::date).distinct().forEach(date -> {
            witness(date, "civilian-woman", civilian, out);
            witness(date, "woman", woman, out);
        });
        return out;
    }

    private static Day.HostageRelease first(Day.HostageRelease a, Day.HostageRelease b) {
        return b.source().compareTo(a.source()) < 0 ? b : a;
    }

    private static void witness(LocalDate date, String kind, TreeMap<LocalDate, Day.HostageRelease> releases, List<WomanStillHeld> out) {
        Map.Entry<LocalDate, Day.HostageRelease> later = releases.higherEntry(date);
        if (later != null) {
            out.add(new WomanStillHeld(date, kind, later.getKey(), later.getValue().source(), later.getValue().category()));
        }
    }
}
