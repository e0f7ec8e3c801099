package org.truce.agreements.gaza_2025_01;

import org.truce.check.Entry;
import org.truce.check.Pause;
import org.truce.factset.Bound;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One reading of the hostages released in the deal, living and dead, over the first phase (its first day to its last
 * initial day): one figure per day with a reported release, each the count one or more sources gave for that day, so
 * that where sources differ on a day there is one total per way of adding them up. A day that no source reports a
 * release on adds nothing; a day whose only reports are bounds gives no total at all. Read by phase-one-hostages (P1-05)
 * on the phase's last day.
 */
public record PhaseOneTotal(LocalDate from, LocalDate to, List<String> sources, long value, String breakdown) implements Entry {

    /** Distinct totals enumerated at most; beyond them only the least and the greatest, which every other lies between. */
    static final int MAX_READINGS = 1_000;

    public PhaseOneTotal {
        sources = List.copyOf(sources);
    }

    /** Every way of adding up one count for each day of the phase with a reported release, from the exact tallies. */
    public static List<PhaseOneTotal> of(List<HostageTally> tallies, Pause pause) {
        LocalDate from = pause.firstDay();
        LocalDate to = pause.lastInitialDay();
        // Per day, each count given and the sources that gave it.
        Map<LocalDate, Map<Long, TreeSet<String>>> byDay = new TreeMap<>();
        TreeSet<LocalDate> releaseDays = new TreeSet<>();
        for (HostageTally t : tallies) {
            if (t.date().isBefore(from) || t.date().isAfter(to)) {
                continue;
            }
            releaseDays.add(t.date());
            if (t.bound() == Bound.EXACT) {
                byDay.computeIfAbsent(t.date(), d -> new TreeMap<>()).computeIfAbsent(t.total(), n -> new TreeSet<>()).add(t.source());
            }
        }
        if (releaseDays.isEmpty() || !byDay.keySet().containsAll(releaseDays)) {
            return List.of();
        }
        long readings = 1;
        for (Map<Long, TreeSet<String>> counts : byDay.values()) {
            readings = Math.min((long) MAX_READINGS + 1, readings * counts.size());
        }
        if (readings > MAX_READINGS) {
            return List.of(extreme(byDay, from, to, false), extreme(byDay, from, to, true));
        }
        record Partial(TreeSet<String> sources, long value, String breakdown) {
        }
        List<Partial> partials = List.of(new Partial(new TreeSet<>(), 0, ""));
        for (Map.Entry<LocalDate, Map<Long, TreeSet<String>>> day : byDay.entrySet()) {
            List<Partial> next = new ArrayList<>();
            for (Partial p : partials) {
                for (Map.Entry<Long, TreeSet<String>> c : day.getValue().entrySet()) {
                    TreeSet<String> sources = new TreeSet<>(p.sources());
                    sources.addAll(c.getValue());
                    String part = part(c.getKey(), day.getKey());
                    next.add(new Partial(sources, Math.addExact(p.value(), c.getKey()),
                            p.breakdown().isEmpty() ? part : p.breakdown() + " + " + part));
                }
            }
            partials = next;
        }
        Map<String, PhaseOneTotal> distinct = new LinkedHashMap<>();
        for (Partial p : partials) {
            distinct.putIfAbsent(p.breakdown(), new PhaseOneTotal(from, to, List.copyOf(p.sources()), p.value(), p.breakdown()));
        }
        return distinct.values().stream().sorted(Comparator.comparingLong(PhaseOneTotal::value)).toList();
    }

    /** The least (or greatest) total: each day's least (or greatest) count. */
    private static PhaseOneTotal extreme(Map<LocalDate, Map<Long, TreeSet<String>>> byDay, LocalDate from, LocalDate to, boolean greatest) {
        TreeSet<String> sources = new TreeSet<>();
        long value = 0;
        List<String> parts = new ArrayList<>();
        for (Map.Entry<LocalDate, Map<Long, TreeSet<String>>> day : byDay.entrySet()) {
            TreeMap<Long, TreeSet<String>> counts = (TreeMap<Long, TreeSet<String>>) day.getValue();
            Map.Entry<Long, TreeSet<String>> c = greatest ? counts.lastEntry() : counts.firstEntry();
            sources.addAll(c.getValue());
            value = Math.addExact(value, c.getKey());
            parts.add(part(c.getKey(), day.getKey()));
        }
        return new PhaseOneTotal(from, to, List.copyOf(sources), value,
                String.join(" + ", parts) + (greatest ? ", the greatest" : ", the least") + " of more than " + MAX_READINGS + " ways of adding up");
    }

    /** One day's count in a breakdown, with its day ("3 on 19 Jan"). */
    private static String part(long count, LocalDate date) {
        return count + " on " + date.format(DAY);
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.ENGLISH);

    @Override
    public List<String> readBy() {
        return List.of("phase-one-hostages");
    }

    /** The phase's last day, whose finding reads it. */
    @Override
    public LocalDate day() {
        return to;
    }

    @Override
    public List<String> reportedBy() {
        return sources;
    }

    @Override
    public String shows() {
        return value + " hostages (" + breakdown + ")";
    }
}
