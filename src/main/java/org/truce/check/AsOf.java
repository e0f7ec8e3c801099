package org.truce.check;

import org.truce.factset.Claim;
import org.truce.factset.Day;
import org.truce.factset.Extension;
import org.truce.factset.FactSet;
import org.truce.factset.Period;
import org.truce.factset.Prisoner;
import org.truce.factset.Source;
import org.truce.rulebook.ClauseIndex;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What was known when ({@code --as-of}): an instant with an offset, or a date, which means the end of that day (24:00)
 * in the agreement's local time, the offset of its pause's start. A run as of it checks only the entries, extensions,
 * notes and claims whose source was published by then: a source published on a date counts from the end of that day,
 * one with no publication date not at all. {@code end} is the instant, once the agreement's offset is known (null before).
 */
public record AsOf(OffsetDateTime instant, LocalDate date, OffsetDateTime end) {

    private static final DateTimeFormatter SAID = DateTimeFormatter.ofPattern("d MMMM uuuu HH:mm xxx", Locale.ENGLISH);
    private static final DateTimeFormatter SAID_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** What {@code --as-of} accepts, for its error message. */
    public static final String EXPECTED = "an ISO-8601 instant with an offset (2023-11-25T16:00+02:00) or a date (2023-11-25, the end of that day)";

    /** The instant or date of {@code text}; throws {@link DateTimeParseException} when it is neither. */
    public static AsOf parse(String text) {
        String t = text.strip();
        if (t.indexOf('T') >= 0) {
            return new AsOf(OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME), null, null);
        }
        return new AsOf(null, LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE), null);
    }

    /** The local time of an agreement: the offset its pause starts at. */
    static ZoneOffset local(ClauseIndex index) {
        return OffsetDateTime.parse(index.pause().start()).getOffset();
    }

    /** This as-of with its instant known: a date ends at 24:00 at {@code local}. */
    AsOf in(ZoneOffset local) {
        return new AsOf(instant, date, instant != null ? instant : date.plusDays(1).atStartOfDay().atOffset(local));
    }

    /** As given: {@code 2023-11-25T16:00+02:00}, or {@code 2023-11-25} for the end of that day. */
    public String given() {
        return instant != null ? instant.toString() : date.toString();
    }

    /** The line every report format shows in its header. */
    public String header() {
        String when = instant != null ? SAID.format(instant).replace("+00:00", "UTC")
                : "the end of " + SAID_DAY.format(date) + (end == null ? "" : " " + end.getOffset().getId().replace("Z", "UTC"));
        return "as of " + when + ": only reports published by then";
    }

    /** Whether {@code source} was published by the end of this as-of, in the agreement's local time {@code local}. */
    boolean known(Source source, ZoneOffset local) {
        return source.published() != null && !source.published().knownFrom(local).isAfter(end.toInstant());
    }

    /**
     * The fact set as it could be read at the end of this as-of: the entries of days, periods, extensions and claims whose
     * source was published by then, days and periods left with none dropped, and the sources that are known (and those the prisoners
     * cite: prisoners are kept, as the people the lists may name). A handover whose schedule comes from a source not
     * yet published keeps its completion and loses its schedule.
     */
    FactSet filter(FactSet facts, ZoneOffset local) {
        Set<String> known = new HashSet<>();
        facts.sources().stream().filter(s -> known(s, local)).forEach(s -> known.add(s.id()));
        Predicate<String> k = known::contains;
        List<Day> days = facts.days().stream().map(d -> new Day(d.date(),
                        keep(d.hostageReleases(), h -> k.test(h.source())),
                        keep(d.prisonerReleases(), p -> k.test(p.source())),
                        keep(d.aidTrucks(), a -> k.test(a.source())),
                        keep(d.fuelLitres(), f -> k.test(f.source())),
                        d.handovers().stream().filter(h -> k.test(h.source()))
                                .map(h -> h.scheduleSource() == null || k.test(h.scheduleSource()) ? h
                                        : new Day.Handover(h.party(), null, h.completedAt(), h.source(), null, h.note())).toList(),
                        keep(d.notes(), n -> k.test(n.source())),
                        keep(d.trucksToNorth(), t -> k.test(t.source())),
                        keep(d.fuelTrucksIn(), t -> k.test(t.source())),
                        keep(d.events(), e -> k.test(e.source()))))
                .filter(d -> !(d.hostageReleases().isEmpty() && d.prisonerReleases().isEmpty() && d.aidTrucks().isEmpty()
                        && d.fuelLitres().isEmpty() && d.handovers().isEmpty() && d.notes().isEmpty()
                        && d.trucksToNorth().isEmpty() && d.fuelTrucksIn().isEmpty() && d.events().isEmpty()))
                .toList();
        // An extension counts once its source was published; what was agreed for it, as each source reported it by then.
        List<Extension> extensions = keep(facts.extensions(), e -> k.test(e.source())).stream()
                .map(e -> new Extension(e.agreedAt(), e.agreedOn(), e.days(), e.source(), e.note(), keep(e.agreed(), a -> k.test(a.source()))))
                .toList();
        // A total over several days counts once its source was published; a period left with none is dropped.
        List<Period> periods = facts.periods().stream().map(p -> new Period(p.from(), p.to(), keep(p.aidTrucks(), a -> k.test(a.source())),
                        keep(p.fuelLitres(), f -> k.test(f.source()))))
                .filter(p -> !(p.aidTrucks().isEmpty() && p.fuelLitres().isEmpty())).toList();
        List<Claim> claims = keep(facts.claims(), c -> k.test(c.source()));
        Set<String> cited = new HashSet<>(known);
        facts.prisoners().stream().map(Prisoner::source).forEach(cited::add);
        List<Source> sources = keep(facts.sources(), s -> cited.contains(s.id()));
        return new FactSet(facts.format(), facts.agreement(), facts.title(), sources, extensions, facts.prisoners(), days, claims, periods);
    }

    private static <T> List<T> keep(List<T> list, Predicate<T> kept) {
        return list.stream().filter(kept).toList();
    }

}
