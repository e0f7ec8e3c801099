package org.truce.agreements.gaza_2025_01;

import org.truce.factset.Bound;
import org.truce.factset.Day;
import org.truce.factset.FactSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The facts of the names-before-release term (P1-04): per release date, each source's report of the names delivered,
 * and each source's account of when the day's first release of hostages by Hamas completed.
 */
final class NamesBeforeRelease {
    static final String RELEASING_PARTY = "Hamas";

    private NamesBeforeRelease() {
    }

    /** Each report of a names list, on the date of the release it names; a source's earliest report of a date counts. */
    static List<NamesList> lists(FactSet facts) {
        List<NamesList> out = new ArrayList<>();
        for (Day day : facts.days()) {
            Map<String, NamesList> first = new TreeMap<>();
            for (Day.Event e : day.events()) {
                if (e.kind().equals("names-list-delivered")) {
                    first.merge(e.source(), NamesList.of(day.date(), e.source(), e.at()),
                            (a, b) -> b.earliestMinute() < a.earliestMinute() ? b : a);
                }
            }
            out.addAll(first.values());
        }
        return out;
    }

    /**
     * Per date with a release of hostages by Hamas (a handover, or hostages of the deal released), each source's
     * account of the earliest completion: its earliest handover, or, for a source that reports hostages released but
     * no handover, the date alone.
     */
    static List<ReleaseInstant> releases(FactSet facts) {
        List<ReleaseInstant> out = new ArrayList<>();
        for (Day day : facts.days()) {
            Map<String, ReleaseInstant> earliest = new TreeMap<>();
            for (Day.Handover h : day.handovers()) {
                if (RELEASING_PARTY.equals(h.party()) && h.completedAt() != null) {
                    earliest.merge(h.source(), ReleaseInstant.of(day.date(), h.source(), h.completedAt()),
                            (a, b) -> b.earliestMinute() < a.earliestMinute() ? b : a);
                }
            }
            Set<String> counted = new TreeSet<>();
            for (Day.HostageRelease r : day.hostageReleases()) {
                if (r.inDeal() && r.count() > 0 && r.bound() != Bound.AT_MOST) {
                    counted.add(r.source());
                }
            }
            counted.removeIf(earliest::containsKey);
            if (!earliest.isEmpty()) {
                counted.clear(); // a reported time of the handover says more than a count of the day
            }
            counted.forEach(s -> earliest.put(s, ReleaseInstant.of(day.date(), s, null)));
            out.addAll(earliest.values());
        }
        return out;
    }
}
