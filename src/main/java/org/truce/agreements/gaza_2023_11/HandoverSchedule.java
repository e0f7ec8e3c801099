package org.truce.agreements.gaza_2023_11;

import org.truce.factset.Day;
import org.truce.factset.FactSet;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The facts of the handover-schedule term (T14): the days on which a party handed over on a reported schedule, and,
 * per date, party and source, the handover that completed latest against its schedule ("the latest handover wins":
 * the rules never see an on-time handover of a source beside a late one of that source).
 */
final class HandoverSchedule {

    private HandoverSchedule() {
    }

    /** The dates and parties of the handovers that had a reported schedule. */
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
                OffsetDateTime dayEnd = day.date().plusDays(1).atStartOfDay().atOffset(h.scheduledAt().getOffset());
                long pastDayEnd = Duration.between(dayEnd, h.completedAt()).toMinutes();
                List<String> sources = h.scheduleSource() == null ? List.of(h.source()) : List.of(h.source(), h.scheduleSource());
                HandoverTiming timing = new HandoverTiming(day.date(), h.party(), sources, h.scheduledAt(), h.completedAt(), late,
                        h.completedAt(), pastDayEnd);
                worst.merge(h.party() + "\u0000" + h.source(), timing, HandoverSchedule::worse);
            }
            result.addAll(worst.values());
        }
        return result;
    }

    /** Of two timings of one source: the schedule of the later against its schedule, the completion of the later to complete. */
    private static HandoverTiming worse(HandoverTiming a, HandoverTiming b) {
        HandoverTiming late = b.minutesLate() > a.minutesLate() ? b : a;
        HandoverTiming last = b.minutesPastDayEnd() > a.minutesPastDayEnd() ? b : a;
        List<String> sources = new ArrayList<>(new TreeSet<>(late.sources()));
        // equivalent mutant: a filter always true adds sources already there, and an account keeps each source once (Account makes them a set)
        last.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
        return new HandoverTiming(late.date(), late.party(), late == last ? late.sources() : sources, late.scheduledAt(), late.completedAt(),
                late.minutesLate(), last.lastCompletedAt(), last.minutesPastDayEnd());
    }
}
