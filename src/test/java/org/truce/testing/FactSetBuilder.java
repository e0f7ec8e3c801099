package org.truce.testing;

import org.truce.factset.Claim;
import org.truce.factset.Day;
import org.truce.factset.Extension;
import org.truce.factset.FactSet;
import org.truce.factset.Prisoner;
import org.truce.factset.Source;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds small fact sets in memory for tests: sources are declared on first use. */
public final class FactSetBuilder {

    private final Map<String, Source> sources = new TreeMap<>();
    private final List<Extension> extensions = new ArrayList<>();
    private final List<Prisoner> prisoners = new ArrayList<>();
    private final Map<LocalDate, DayBuilder> days = new TreeMap<>();
    private final List<Claim> claims = new ArrayList<>();
    private String agreement = "gaza-2023-11";

    public static FactSetBuilder facts() {
        return new FactSetBuilder();
    }

    /** The agreement the fact set is of (gaza-2023-11 unless set). */
    public FactSetBuilder agreement(String id) {
        agreement = id;
        return this;
    }

    /** Declares a source with a publisher name (its id is the publisher, lower-cased, spaces as dashes). */
    public String source(String publisher) {
        String id = idOf(publisher);
        sources.putIfAbsent(id, new Source(id, publisher, null, "Report by " + publisher, null, null));
        return id;
    }

    /** Declares a source published by {@code publisher} that relays {@code attribution}'s statement or figure. */
    public FactSetBuilder relay(String publisher, String attribution) {
        String id = idOf(publisher);
        sources.put(id, new Source(id, publisher, attribution, "Report by " + publisher, null, null));
        return this;
    }

    /** Declares a source published by {@code publisher} that relays the statement of {@code party}, a party of the agreement. */
    public FactSetBuilder speaksFor(String publisher, String party) {
        String id = idOf(publisher);
        sources.put(id, new Source(id, publisher, null, "Report by " + publisher, null, null, party));
        return this;
    }

    public static String idOf(String publisher) {
        return publisher.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public DayBuilder day(String date) {
        return day(LocalDate.parse(date));
    }

    public DayBuilder day(LocalDate date) {
        return days.computeIfAbsent(date, DayBuilder::new);
    }

    public FactSetBuilder extension(int days, String publisher) {
        extensions.add(new Extension(null, null, days, source(publisher), null));
        return this;
    }

    /** What {@code publisher} reported was agreed for the last extension added: hostages and bodies over all its days. */
    public FactSetBuilder agreed(long hostages, long bodies, String publisher) {
        Extension last = extensions.remove(extensions.size() - 1);
        List<Extension.Agreed> agreed = new ArrayList<>(last.agreed());
        agreed.add(new Extension.Agreed(hostages, bodies, source(publisher), null));
        extensions.add(new Extension(last.agreedAt(), last.agreedOn(), last.days(), last.source(), last.note(), agreed));
        return this;
    }

    public FactSetBuilder prisoner(String id, String detainedOn, String listedOn) {
        prisoners.add(new Prisoner(id, null, LocalDate.parse(detainedOn), listedOn == null ? null : LocalDate.parse(listedOn), source("Prison list")));
        return this;
    }

    /** A prisoner on a list published by {@code publisher}; {@code listedOn} null means never listed. */
    public FactSetBuilder prisoner(String id, LocalDate detainedOn, LocalDate listedOn, String publisher) {
        prisoners.add(new Prisoner(id, null, detainedOn, listedOn, source(publisher)));
        return this;
    }

    /** True when some source reported litres of fuel for the date. */
    public boolean hasFuelReport(LocalDate date) {
        return days.containsKey(date) && !days.get(date).fuel.isEmpty();
    }

    /** True when some source reported aid trucks for the date. */
    public boolean hasTruckReport(LocalDate date) {
        return days.containsKey(date) && !days.get(date).trucks.isEmpty();
    }

    public FactSetBuilder claim(String id, String by, String against, String term, List<LocalDate> dates, String publisher) {
        return claim(id, by, against, term, dates, publisher, null);
    }

    /** A claim that answers the finding {@code answers} (a defence), or none when it is null. */
    public FactSetBuilder claim(String id, String by, String against, String term, List<LocalDate> dates, String publisher, String answers) {
        claims.add(new Claim(id, by, against, term, dates, by + " says " + against + " did not keep " + term, source(publisher), answers));
        return this;
    }

    public FactSet build() {
        return new FactSet("truce-facts/1", agreement, "test fact set", List.copyOf(sources.values()), extensions, prisoners,
                days.values().stream().map(DayBuilder::build).toList(), claims, periods);
    }

    private final List<org.truce.factset.Period> periods = new ArrayList<>();

    /** A total of the aid trucks over the days {@code from} to {@code to}, as one publisher reported it (with a bound, or EXACT). */
    public FactSetBuilder periodTrucks(LocalDate from, LocalDate to, long count, org.truce.factset.Bound bound, String publisher) {
        periods.add(new org.truce.factset.Period(from, to, List.of(new Day.AidTruckReport(count, null, source(publisher), null, bound))));
        return this;
    }

    /** One publisher's total (or bound of it) of the litres of fuel over the days from..to. */
    public FactSetBuilder periodFuel(LocalDate from, LocalDate to, long litres, org.truce.factset.Bound bound, String publisher) {
        periods.add(new org.truce.factset.Period(from, to, List.of(), List.of(new Day.FuelReport(litres, source(publisher), null, bound))));
        return this;
    }

    /** The reports of one day. */
    public final class DayBuilder {
        private final LocalDate date;
        private final List<Day.HostageRelease> hostages = new ArrayList<>();
        private final List<Day.PrisonerRelease> prisonerReleases = new ArrayList<>();
        private final List<Day.AidTruckReport> trucks = new ArrayList<>();
        private final List<Day.FuelReport> fuel = new ArrayList<>();
        private final List<Day.Handover> handovers = new ArrayList<>();
        private final List<Day.DayNote> notes = new ArrayList<>();
        private final List<Day.TruckReport> north = new ArrayList<>();
        private final List<Day.TruckReport> fuelTrucks = new ArrayList<>();
        private final List<Day.Event> events = new ArrayList<>();

        DayBuilder(LocalDate date) {
            this.date = date;
        }

        public DayBuilder trucks(long count, String publisher) {
            trucks.add(new Day.AidTruckReport(count, source(publisher), null));
            return this;
        }

        /** A truck report that says how many of its trucks carried fuel or cooking gas. */
        public DayBuilder trucks(long count, Long fuelTrucks, String publisher) {
            trucks.add(new Day.AidTruckReport(count, fuelTrucks, source(publisher), null));
            return this;
        }

        /** A truck report that gives only a bound of the day's trucks; {@code fuelTrucks} null where it does not say what they carried. */
        public DayBuilder trucks(long count, Long fuelTrucks, org.truce.factset.Bound bound, String publisher) {
            trucks.add(new Day.AidTruckReport(count, fuelTrucks, source(publisher), null, bound));
            return this;
        }

        /** A fuel report that gives only a bound of the day's litres. */
        public DayBuilder fuelLitres(long litres, org.truce.factset.Bound bound, String publisher) {
            fuel.add(new Day.FuelReport(litres, source(publisher), null, bound));
            return this;
        }

        public DayBuilder fuelLitres(long litres, String publisher) {
            fuel.add(new Day.FuelReport(litres, source(publisher), null));
            return this;
        }

        public DayBuilder hostages(long count, String publisher) {
            hostages.add(new Day.HostageRelease(count, true, source(publisher), null));
            return this;
        }

        /** A report of hostages released in the deal that gives only a bound of the day's releases. */
        public DayBuilder hostages(long count, org.truce.factset.Bound bound, String publisher) {
            hostages.add(new Day.HostageRelease(count, true, source(publisher), null, bound));
            return this;
        }

        /** A report of prisoners released that gives only a bound of the day's releases. */
        public DayBuilder prisoners(long count, org.truce.factset.Bound bound, String publisher) {
            prisonerReleases.add(new Day.PrisonerRelease(count, null, source(publisher), null, true, bound));
            return this;
        }

        public DayBuilder hostagesOutsideDeal(long count, String publisher) {
            hostages.add(new Day.HostageRelease(count, false, source(publisher), null));
            return this;
        }

        public DayBuilder prisoners(long count, String publisher) {
            prisonerReleases.add(new Day.PrisonerRelease(count, null, source(publisher), null));
            return this;
        }

        public DayBuilder prisonersById(String publisher, String... ids) {
            prisonerReleases.add(new Day.PrisonerRelease(null, List.of(ids), source(publisher), null));
            return this;
        }

        /** A partial list: some of the publisher's releases of the day, not all of them. */
        public DayBuilder somePrisonersById(String publisher, String... ids) {
            prisonerReleases.add(new Day.PrisonerRelease(null, List.of(ids), source(publisher), null, false));
            return this;
        }

        public DayBuilder handover(String party, String scheduledAt, String completedAt, String publisher) {
            handovers.add(new Day.Handover(party, scheduledAt == null ? null : OffsetDateTime.parse(scheduledAt),
                    OffsetDateTime.parse(completedAt), source(publisher), null, null));
            return this;
        }

        /** A note of the day that bears on {@code term} (null: on no term). */
        public DayBuilder note(String text, String term, String publisher) {
            notes.add(new Day.DayNote(text, source(publisher), term));
            return this;
        }

        /**
         * A report of hostages released in the deal, of one {@code category} and {@code status} (either null where the
         * report does not say), with a {@code bound} (null: the day's number).
         */
        public DayBuilder hostages(long count, String category, String status, org.truce.factset.Bound bound, String publisher) {
            hostages.add(new Day.HostageRelease(count, true, source(publisher), null, bound, category, status));
            return this;
        }

        /** Aid trucks that entered northern Gaza that day, or a bound of them ({@code bound} null: the day's number). */
        public DayBuilder trucksToNorth(long count, org.truce.factset.Bound bound, String publisher) {
            north.add(new Day.TruckReport(count, source(publisher), null, bound));
            return this;
        }

        /** Trucks carrying fuel that entered Gaza that day, or a bound of them ({@code bound} null: the day's number). */
        public DayBuilder fuelTrucksIn(long count, org.truce.factset.Bound bound, String publisher) {
            fuelTrucks.add(new Day.TruckReport(count, source(publisher), null, bound));
            return this;
        }

        /** Something that happened, of one of the format's event kinds, at {@code at} (null: that day, time not reported). */
        public DayBuilder event(String kind, OffsetDateTime at, String note, String publisher) {
            events.add(new Day.Event(kind, at, source(publisher), note));
            return this;
        }

        public FactSetBuilder and() {
            return FactSetBuilder.this;
        }

        Day build() {
            return new Day(date, hostages, prisonerReleases, trucks, fuel, handovers, notes, north, fuelTrucks, events);
        }
    }
}
