package org.truce.check;

import org.truce.factset.Day;
import org.truce.factset.FactSet;
import org.truce.factset.Prisoner;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Summarises the reports of a fact set into the facts the rules compare: one figure per source, quantity and day;
 * sums over the initial pause; per source and day, the detention and listing dates that decide release order and
 * eligibility; per party and day, the handover timings. Nothing here decides whether a term is met.
 */
final class Summaries {
    /** Combinations of daily figures kept for a period sum; beyond this, further readings are not enumerated. */
    static final int MAX_PERIOD_READINGS = 10_000;

    private Summaries() {
    }

    static List<Figure> figures(FactSet facts) {
        List<Figure> figures = new ArrayList<>();
        for (Day day : facts.days()) {
            Map<String, Long> hostages = new TreeMap<>();
            Map<String, Long> prisoners = new TreeMap<>();
            Map<String, Long> trucks = new TreeMap<>();
            day.hostageReleases().stream().filter(Day.HostageRelease::inDeal).forEach(r -> hostages.merge(r.source(), r.count(), Long::sum));
            day.prisonerReleases().forEach(r -> prisoners.merge(r.source(), r.released(), Long::sum));
            day.aidTrucks().forEach(r -> trucks.merge(r.source(), r.count(), Long::sum));
            hostages.forEach((s, n) -> figures.add(new Figure(Quantity.HOSTAGES_IN_DEAL, day.date(), s, n)));
            prisoners.forEach((s, n) -> figures.add(new Figure(Quantity.PRISONERS_RELEASED, day.date(), s, n)));
            trucks.forEach((s, n) -> figures.add(new Figure(Quantity.AID_TRUCKS, day.date(), s, n)));
        }
        return figures;
    }

    /** Every reading of the quantity summed over the days from..to: one source's figure per day. Empty when a day has none. */
    static List<PeriodFigure> periodSums(List<Figure> figures, Quantity quantity, LocalDate from, LocalDate to) {
        Map<LocalDate, List<Figure>> byDate = new HashMap<>();
        for (Figure f : figures) {
            if (f.quantity() == quantity && !f.date().isBefore(from) && !f.date().isAfter(to)) {
                byDate.computeIfAbsent(f.date(), d -> new ArrayList<>()).add(f);
            }
        }
        record Partial(TreeSet<String> sources, long value, String breakdown) {
        }
        List<Partial> partials = List.of(new Partial(new TreeSet<>(), 0, ""));
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            List<Figure> today = byDate.get(d);
            if (today == null) {
                return List.of();
            }
            today.sort(Comparator.comparing(Figure::source));
            Map<String, Partial> next = new LinkedHashMap<>();
            readings:
            for (Partial p : partials) {
                for (Figure f : today) {
                    if (next.size() >= MAX_PERIOD_READINGS) {
                        break readings;
                    }
                    TreeSet<String> sources = new TreeSet<>(p.sources());
                    sources.add(f.source());
                    long value = p.value() + f.value();
                    String breakdown = p.breakdown().isEmpty() ? Long.toString(f.value()) : p.breakdown() + " + " + f.value();
                    next.putIfAbsent(sources + "=" + value, new Partial(sources, value, breakdown));
                }
            }
            partials = List.copyOf(next.values());
        }
        return partials.stream().map(p -> new PeriodFigure(quantity, from, to, List.copyOf(p.sources()), p.value(), p.breakdown())).toList();
    }

    /** Per source that reports releases by id, per day it does: what its lists say about time served. */
    static List<SeniorityDay> seniority(FactSet facts) {
        Map<String, Prisoner> prisoners = prisonersById(facts);
        List<Prisoner> byListing = facts.prisoners().stream().filter(p -> p.listedOn() != null)
                .sorted(Comparator.comparing(Prisoner::listedOn)).toList();
        List<SeniorityDay> result = new ArrayList<>();
        for (var entry : releasesById(facts).entrySet()) {
            String source = entry.getKey();
            Set<String> released = new HashSet<>();
            PriorityQueue<Prisoner> held = new PriorityQueue<>(Comparator.comparing(Prisoner::detainedOn).thenComparing(Prisoner::id));
            int next = 0;
            for (var day : entry.getValue().entrySet()) {
                LocalDate date = day.getKey();
                List<String> ids = day.getValue();
                released.addAll(ids);
                while (next < byListing.size() && byListing.get(next).listedOn().isBefore(date)) {
                    held.add(byListing.get(next++));
                }
                while (!held.isEmpty() && released.contains(held.peek().id())) {
                    held.poll();
                }
                Prisoner latest = null;
                for (String id : ids) {
                    Prisoner p = prisoners.get(id);
                    if (latest == null || p.detainedOn().isAfter(latest.detainedOn())
                            || (p.detainedOn().equals(latest.detainedOn()) && p.id().compareTo(latest.id()) < 0)) {
                        latest = p;
                    }
                }
                Prisoner earliest = held.peek();
                result.add(new SeniorityDay(date, source, ids.size(),
                        latest == null ? Long.MIN_VALUE : latest.detainedOn().toEpochDay(), latest == null ? null : latest.id(),
                        earliest != null, earliest == null ? Long.MAX_VALUE : earliest.detainedOn().toEpochDay(),
                        earliest == null ? null : earliest.id()));
            }
        }
        return result;
    }

    /** Per source that reports releases by id, per day it does: the latest listing date among those released. */
    static List<ListingDay> listing(FactSet facts) {
        Map<String, Prisoner> prisoners = prisonersById(facts);
        List<ListingDay> result = new ArrayList<>();
        for (var entry : releasesById(facts).entrySet()) {
            for (var day : entry.getValue().entrySet()) {
                long latest = Long.MIN_VALUE;
                String latestId = null;
                for (String id : day.getValue()) {
                    Prisoner p = prisoners.get(id);
                    long listed = p.listedOn() == null ? Long.MAX_VALUE : p.listedOn().toEpochDay();
                    if (listed > latest || (listed == latest && id.compareTo(latestId) < 0)) {
                        latest = listed;
                        latestId = id;
                    }
                }
                result.add(new ListingDay(day.getKey(), entry.getKey(), day.getValue().size(), latest, latestId));
            }
        }
        return result;
    }

    /** Per source, per date in order: the ids that source lists as released that day (batches joined). */
    private static Map<String, TreeMap<LocalDate, List<String>>> releasesById(FactSet facts) {
        Map<String, TreeMap<LocalDate, List<String>>> bySource = new TreeMap<>();
        for (Day day : facts.days()) {
            for (Day.PrisonerRelease r : day.prisonerReleases()) {
                if (r.ids() != null) {
                    bySource.computeIfAbsent(r.source(), s -> new TreeMap<>())
                            .computeIfAbsent(day.date(), d -> new ArrayList<>()).addAll(r.ids());
                }
            }
        }
        return bySource;
    }

    private static Map<String, Prisoner> prisonersById(FactSet facts) {
        Map<String, Prisoner> byId = new HashMap<>(facts.prisoners().size() * 2);
        for (Prisoner p : facts.prisoners()) {
            byId.put(p.id(), p);
        }
        return byId;
    }

    static List<HandoverDay> handoverDays(FactSet facts) {
        Set<HandoverDay> days = new TreeSet<>(Comparator.comparing(HandoverDay::date).thenComparing(HandoverDay::party));
        for (Day day : facts.days()) {
            for (Day.Handover h : day.handovers()) {
                if (h.scheduledAt() != null) {
                    days.add(new HandoverDay(day.date(), h.party()));
                }
            }
        }
        return List.copyOf(days);
    }

    /** Per date, party and source: the scheduled handover that completed latest against its schedule. */
    static List<HandoverTiming> handoverTimings(FactSet facts) {
        List<HandoverTiming> result = new ArrayList<>();
        for (Day day : facts.days()) {
            Map<String, HandoverTiming> worst = new TreeMap<>();
            for (Day.Handover h : day.handovers()) {
                if (h.scheduledAt() == null) {
                    continue;
                }
                long late = Duration.between(h.scheduledAt(), h.completedAt()).toMinutes();
                List<String> sources = h.scheduleSource() == null ? List.of(h.source()) : List.of(h.source(), h.scheduleSource());
                HandoverTiming timing = new HandoverTiming(day.date(), h.party(), sources, h.scheduledAt(), h.completedAt(), late);
                worst.merge(h.party() + "\u0000" + h.source(), timing, (a, b) -> b.minutesLate() > a.minutesLate() ? b : a);
            }
            result.addAll(worst.values());
        }
        return result;
    }
}
