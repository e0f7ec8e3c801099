package org.truce.factset;

import java.time.LocalDate;
import java.util.List;

/** The reports that belong to one pause day; each entry of each list is one report by one source. */
public record Day(
        LocalDate date,
        List<HostageRelease> hostageReleases,
        List<PrisonerRelease> prisonerReleases,
        List<AidTruckReport> aidTrucks,
        List<FuelReport> fuelLitres,
        List<Handover> handovers,
        List<DayNote> notes,
        List<TruckReport> trucksToNorth,
        List<TruckReport> fuelTrucksIn,
        List<Event> events) {

    public Day {
        hostageReleases = List.copyOf(hostageReleases);
        prisonerReleases = List.copyOf(prisonerReleases);
        aidTrucks = List.copyOf(aidTrucks);
        fuelLitres = List.copyOf(fuelLitres);
        handovers = List.copyOf(handovers);
        notes = List.copyOf(notes);
        trucksToNorth = trucksToNorth == null ? List.of() : List.copyOf(trucksToNorth);
        fuelTrucksIn = fuelTrucksIn == null ? List.of() : List.copyOf(fuelTrucksIn);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** A day without the additions of trucks to the north, fuel trucks and events. */
    public Day(LocalDate date, List<HostageRelease> hostageReleases, List<PrisonerRelease> prisonerReleases, List<AidTruckReport> aidTrucks,
               List<FuelReport> fuelLitres, List<Handover> handovers, List<DayNote> notes) {
        this(date, hostageReleases, prisonerReleases, aidTrucks, fuelLitres, handovers, notes, List.of(), List.of(), List.of());
    }

    /** The same day with other reports of the core kinds, its additions kept. */
    public Day with(List<HostageRelease> hostageReleases, List<PrisonerRelease> prisonerReleases, List<AidTruckReport> aidTrucks,
                    List<FuelReport> fuelLitres, List<Handover> handovers, List<DayNote> notes) {
        return new Day(date, hostageReleases, prisonerReleases, aidTrucks, fuelLitres, handovers, notes, trucksToNorth, fuelTrucksIn, events);
    }

    /**
     * A report of hostages released; only {@code inDeal} releases count toward a term. {@code category} (one of the
     * format's hostage categories) and {@code status} ("living" or "deceased") are null where the report does not give them. With a {@code bound}, the count is
     * only a lower or upper bound of that day's releases (a partial-day figure), which never adds up with the source's
     * other reports.
     */
    public record HostageRelease(long count, boolean inDeal, String source, String note, Bound bound, String category, String status) {
        public HostageRelease {
            bound = bound == null ? Bound.EXACT : bound;
        }

        /** A report that gives no category and no status of those released. */
        public HostageRelease(long count, boolean inDeal, String source, String note, Bound bound) {
            this(count, inDeal, source, note, bound, null, null);
        }

        /** A count of that day's releases itself, not a bound of it. */
        public HostageRelease(long count, boolean inDeal, String source, String note) {
            this(count, inDeal, source, note, Bound.EXACT);
        }
    }

    /**
     * A report of prisoners released, as a count, a list of ids, or both; {@code complete} is false for a list of some
     * of that source's releases of the day, not all of them. With a {@code bound} (on a count without ids only), the
     * count is only a lower or upper bound of that day's releases, which never adds up with the source's other reports.
     */
    public record PrisonerRelease(Long count, List<String> ids, String source, String note, boolean complete, Bound bound) {
        public PrisonerRelease {
            ids = ids == null ? null : List.copyOf(ids);
            bound = bound == null ? Bound.EXACT : bound;
        }

        /** A report that is no bound: a count of the day's releases, or a list by id. */
        public PrisonerRelease(Long count, List<String> ids, String source, String note, boolean complete) {
            this(count, ids, source, note, complete, Bound.EXACT);
        }

        /** A report whose list, if it has one, is complete (the default). */
        public PrisonerRelease(Long count, List<String> ids, String source, String note) {
            this(count, ids, source, note, true);
        }

        /** The number released by this report. */
        public long released() {
            return ids != null ? ids.size() : count;
        }
    }

    /**
     * A report of the aid trucks that entered Gaza that day; {@code fuelTrucks} of them, where the report says so,
     * carried fuel or cooking gas (null where it does not say). With a {@code bound}, the count is only a lower or upper
     * bound of that day's trucks (a partial-day figure), which never adds up with the source's other reports.
     */
    public record AidTruckReport(long count, Long fuelTrucks, String source, String note, Bound bound) {
        public AidTruckReport {
            bound = bound == null ? Bound.EXACT : bound;
        }

        /** A count of that day's trucks itself, not a bound of it. */
        public AidTruckReport(long count, Long fuelTrucks, String source, String note) {
            this(count, fuelTrucks, source, note, Bound.EXACT);
        }

        /** A report that does not say how many of the trucks carried fuel. */
        public AidTruckReport(long count, String source, String note) {
            this(count, null, source, note);
        }
    }

    /** A report of the litres of fuel ({@code count}) that entered Gaza that day, or a bound of them. */
    public record FuelReport(long count, String source, String note, Bound bound) {
        public FuelReport {
            bound = bound == null ? Bound.EXACT : bound;
        }

        /** A count of that day's litres itself, not a bound of them. */
        public FuelReport(long count, String source, String note) {
            this(count, source, note, Bound.EXACT);
        }
    }

    /** A release of people by {@code party}, completed at {@code completedAt}, scheduled (if reported) at {@code scheduledAt}. */
    public record Handover(String party, java.time.OffsetDateTime scheduledAt, java.time.OffsetDateTime completedAt,
                           String source, String scheduleSource, String note) {
    }

    /**
     * A figure or remark of the day that is not a count of it (a running total, a partial figure, a forecast), and the
     * slug of the term it bears on ({@code term}, null where it names none): the findings of that term that day list it.
     */
    public record DayNote(String text, String source, String term) {

        /** A note that names no term. */
        public DayNote(String text, String source) {
            this(text, source, null);
        }
    }

    /**
     * A count of trucks of one kind that entered that day (to the north, or carrying fuel), as one source reported it,
     * or a bound of it.
     */
    public record TruckReport(long count, String source, String note, Bound bound) {
        public TruckReport {
            bound = bound == null ? Bound.EXACT : bound;
        }
    }

    /**
     * Something that happened, as one source reported it: {@code kind} is one of the format's event kinds, {@code at}
     * the instant where the report gives a time (null: that day, time not reported).
     */
    public record Event(String kind, java.time.OffsetDateTime at, String source, String note) {
    }
}
