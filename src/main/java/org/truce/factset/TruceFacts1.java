package org.truce.factset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.truce.factset.Day.AidTruckReport;
import org.truce.factset.Day.DayNote;
import org.truce.factset.Day.FuelReport;
import org.truce.factset.Day.Handover;
import org.truce.factset.Day.HostageRelease;
import org.truce.factset.Day.PrisonerRelease;
import org.truce.factset.Schema.Field;
import org.truce.factset.Schema.Ids;
import org.truce.factset.Schema.Record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.truce.factset.Schema.BOOLEAN;
import static org.truce.factset.Schema.DATE;
import static org.truce.factset.Schema.INSTANT;
import static org.truce.factset.Schema.SHARED_STRING;
import static org.truce.factset.Schema.STRING;
import static org.truce.factset.Schema.count;
import static org.truce.factset.Schema.listOf;

/**
 * The schema of {@code truce-facts/1}, declared once: each record's fields with their types, whether they are
 * required, what they mean, and how the record is built. The loader reads by it, and {@code
 * docs/truce-facts-1.schema.json} is written from it ({@link #jsonSchema()}). A new optional field is one line here
 * (and its place in the record it builds). docs/fact-set-format.md describes the same fields for people.
 */
final class TruceFacts1 {

    static final String FORMAT = "truce-facts/1";
    static final String EXPECTED = "a JSON object (a " + FORMAT + " fact set)";

    private TruceFacts1() {
    }

    // ---- the ids the lists declare and other fields name ------------------------------------------------

    static final Ids<String> SOURCE_IDS = new Ids<>("source id once", "sources");
    static final Ids<String> PRISONER_IDS = new Ids<>("prisoner id once", "prisoners");
    static final Ids<String> CLAIM_IDS = new Ids<>("claim id once", "claims");
    static final Ids<LocalDate> DAY_DATES = new Ids<>("date once in days", "days");

    /** The id of an entry of {@code sources}. */
    static final Schema.Type<String> A_SOURCE = SHARED_STRING.then(SOURCE_IDS.referredTo());
    /** A party of the agreement, as its clause index lists them. */
    static final Schema.Type<String> A_PARTY = STRING.then(Reading::party);
    static final Schema.Type<Long> A_COUNT = count(0, Limits.MAX_COUNT);
    /** The categories of hostages a release report may give (addition). */
    static final List<String> HOSTAGE_CATEGORIES = List.of("civilian-woman", "female-soldier", "civilian-man", "child", "male-soldier");
    /** Whether those released were alive (addition). */
    static final List<String> HOSTAGE_STATUSES = List.of("living", "deceased");
    /** The kinds of event a day may report (addition). */
    static final List<String> EVENT_KINDS = List.of("names-list-delivered", "status-list-delivered", "return-north-opened",
            "withdrawal-completed", "crossing-opened", "talks-started");
    static final String A_BOUND = "Addition: \"atLeast\" (a partial figure: the day's number was at least the count) or \"atMost\" "
            + "(at most the count); absent where the count is the day's number. A bound never adds up with the source's other reports of the day.";

    // ---- the records, each field on one line ----------------------------------------------------------------

    static final class Sources {
        static final Record<Source> R = new Record<>("source", "a source (an object with id, publisher and title)",
                "A published report that facts and claims cite.");
        static final Field<String> ID = R.required("id", STRING.then(SOURCE_IDS.declared()), "Unique among sources; what every source field names.");
        static final Field<String> PUBLISHER = R.required("publisher", STRING, "Who published the report (the site or outlet).");
        static final Field<String> ATTRIBUTION = R.optional("attribution", STRING, "Whose statement or figure the publisher relays (a party, an agency). Shown in reports; it weighs nothing.");
        static final Field<String> TITLE = R.required("title", STRING, "The report's title or a description of it.");
        static final Field<String> URL = R.optional("url", STRING, "The address.");
        static final Field<Published> PUBLISHED = R.optional("published", Schema.PUBLISHED, "When it was published: a date YYYY-MM-DD (then it counts from the end of that day), or an ISO-8601 instant with an offset. A run --as-of counts only sources published by then; one without published is left out of it.");
        static final Field<String> PARTY = R.optional("party", A_PARTY, "The party of the agreement whose statement the source relays; absent for mediators, agencies and the press. "
                + "An account whose sources all relay the party it favours is selfReported.");
        static final Record<Source> TYPE = R.builds(v -> new Source(v.get(ID), v.get(PUBLISHER), v.get(ATTRIBUTION), v.get(TITLE), v.get(URL), v.get(PUBLISHED),
                v.get(PARTY)));
    }

    static final class AgreedReleases {
        static final Record<Extension.Agreed> R = new Record<>("agreedRelease", "an agreed release (an object with hostages and source)",
                "Addition: one source's report of the release agreed for an extension, over all its days.");
        static final Field<Long> HOSTAGES = R.required("hostages", A_COUNT, "Living hostages to be released in the deal over the extension's days, as the source reported the agreement.");
        static final Field<Long> BODIES = R.optional("bodies", A_COUNT, "Bodies of hostages to be returned over the extension's days, where the report gives them; absent: none reported.");
        static final Field<String> SOURCE = R.required("source", A_SOURCE, "The id of an entry of sources.");
        static final Field<String> NOTE = R.optional("note", STRING, "Free text.");
        static final Record<Extension.Agreed> TYPE = R.builds(v -> new Extension.Agreed(v.get(HOSTAGES), v.has(BODIES) ? v.get(BODIES) : 0, v.get(SOURCE), v.get(NOTE)));
    }

    static final class Extensions {
        static final Record<Extension> R = new Record<>("extension", "an extension (an object with days and source)", "An extension of the pause by whole days.");
        static final Field<OffsetDateTime> AGREED_AT = R.optional("agreedAt", INSTANT, "When it was agreed: an ISO-8601 instant with an offset, e.g. 2023-11-27T20:00+02:00.");
        static final Field<LocalDate> AGREED_ON = R.optional("agreedOn", DATE, "Addition: the day it was agreed, YYYY-MM-DD, where no time was reported.");
        static final Field<Long> DAYS = R.required("days", count(1, 10_000).then(Reading::addPauseDays), "Whole pause days added after the last pause day; extensions add up in any order.");
        static final Field<String> SOURCE = R.required("source", A_SOURCE, "The id of an entry of sources.");
        static final Field<String> NOTE = R.optional("note", STRING, "Addition: free text.");
        static final Field<List<Extension.Agreed>> AGREED = R.optional("agreed", listOf(AgreedReleases.TYPE),
                "Addition: what each source reported was agreed to be released over the extension's days; absent where none said.");
        static final Record<Extension> TYPE = R.builds(v -> new Extension(v.get(AGREED_AT), v.get(AGREED_ON), v.get(DAYS).intValue(), v.get(SOURCE), v.get(NOTE),
                v.has(AGREED) ? v.get(AGREED) : List.of()));
    }

    static final class Prisoners {
        static final Record<Prisoner> R = new Record<>("prisoner", "a prisoner (an object with id, detainedOn and source)",
                "A prisoner by opaque id, never a name.");
        static final Field<String> ID = R.required("id", STRING.then(PRISONER_IDS.declared()), "An opaque id (P-0001), unique among prisoners.");
        static final Field<String> CATEGORY = R.optional("category", SHARED_STRING, "E.g. woman, minor.");
        static final Field<LocalDate> DETAINED_ON = R.required("detainedOn", DATE, "YYYY-MM-DD; orders time served (earlier = longer).");
        static final Field<LocalDate> LISTED_ON = R.optional("listedOn", DATE, "YYYY-MM-DD the id was first published as eligible for release; absent = never listed.");
        static final Field<String> SOURCE = R.required("source", A_SOURCE, "The id of an entry of sources.");
        static final Record<Prisoner> TYPE = R.builds(v -> new Prisoner(v.get(ID), v.get(CATEGORY), v.get(DETAINED_ON), v.get(LISTED_ON), v.get(SOURCE)));
    }

    static final class HostageReleases {
        static final Record<HostageRelease> R = new Record<>("hostageRelease", "a hostage release report (an object with count, inDeal and source)",
                "One source's report of hostages released that day.");
        static final Field<Long> COUNT = R.required("count", A_COUNT, "How many were released.");
        static final Field<Boolean> IN_DEAL = R.required("inDeal", BOOLEAN, "True for releases under the deal (only those count toward a term), false for releases outside it.");
        static final Field<String> SOURCE = R.required("source", A_SOURCE, "The id of an entry of sources.");
        static final Field<String> NOTE = R.optional("note", STRING, "Free text.");
        static final Field<Bound> BOUND = R.optional("bound", BoundType.BOUND, A_BOUND);
        static final Field<String> CATEGORY = R.optional("category", Schema.oneOf(HOSTAGE_CATEGORIES),
                "Addition: who was released, where the report says: one category per entry (a release of several categories is one entry each).");
        static final Field<String> STATUS = R.optional("status", Schema.oneOf(HOSTAGE_STATUSES),
                "Addition: living (released alive) or deceased (a body returned), where the report says.");
        static final Record<HostageRelease> TYPE = R.builds(v -> new HostageRelease(v.get(COUNT), v.get(IN_DEAL), v.get(SOURCE), v.get(NOTE), v.get(BOUND),
                v.get(CATEGORY), v.get(STATUS)));
    }

    static final class PrisonerReleases {
        static final Record<PrisonerRelease> R = new Record<>("prisonerRelease", "a prisoner release report (an object with count or ids, and source)",
                "One source's report of prisoners released that day: a count, or ids, or both (then they must agree).");
        static final Field<Long> COUNT = R.optional("count", A_COUNT, "How many were released.");
        static final Field<List<String>> IDS = R.optional("ids", listOf(STRING.then(PRISONER_IDS.referredTo())).eachOnce("prisoner once in a release report"),
                "Ids of entries of prisoners; joined over one source's entries of one day, a complete list of that source's releases that day unless an entry says complete: false.");
        static final Field<String> SOURCE = R.required("source", A_SOURCE, "The id of an entry of sources.");
        static final Field<String> NOTE = R.optional("note", STRING, "Free text.");
        static final Field<Boolean> COMPLETE = R.optional("complete", BOOLEAN,
                "Only with ids: false when the ids are some of that source's releases of the day, not all of them (default true).");
        static final Field<Bound> BOUND = R.optional("bound", BoundType.BOUND, A_BOUND + " Only on a count without ids (a partial list by id says complete: false).");
        static final Record<PrisonerRelease> TYPE = R.atLeastOneOf("a count or a list of ids", COUNT, IDS).builds(v ->
                v.has(COUNT) && v.has(IDS) && v.get(COUNT) != v.get(IDS).size()
                        ? v.reject(".count", "expected the count to agree with the " + v.get(IDS).size() + " ids listed, found " + v.get(COUNT))
                        : v.has(COMPLETE) && !v.has(IDS)
                        ? v.reject(".complete", "expected complete only beside a list of ids, found it on a report with no ids")
                        : v.has(BOUND) && v.has(IDS)
                        ? v.reject(".bound", "expected bound only on a count without ids (a partial list says complete: false), found it beside a list of ids")
                        : new PrisonerRelease(v.get(COUNT), v.get(IDS), v.get(SOURCE), v.get(NOTE), !v.has(COMPLETE) || v.get(COMPLETE), v.get(BOUND)));
    }

    static final class AidTrucks {
        static final Record<AidTruckReport> R = new Record<>("aidTruckReport", "an aid truck report (an object with count and source)",
                "One source's report of the aid trucks that entered that day.");
        static final Field<Long> COUNT = R.required("count", A_COUNT, "How many trucks entered.");
        static final Field<Long> FUEL_TRUCKS = R.optional("fuelTrucks", A_COUNT, "Addition: how many of the count the report says carried fuel or cooking gas; absent where it does not say.");
        static final Field<String> SOURCE = R.required("source", A_SOURCE, "The id of an entry of sources.");
        static final Field<String> NOTE = R.optional("note", STRING, "Free text.");
        static final Field<Bound> BOUND = R.optional("bound", BoundType.BOUND, A_BOUND);
        static final Record<AidTruckReport> TYPE = R.builds(v -> v.has(FUEL_TRUCKS) && v.get(FUEL_TRUCKS) > v.get(COUNT)
                ? v.reject(".fuelTrucks", "expected at most the count of trucks (" + v.get(COUNT) + "), found " + v.get(FUEL_TRUCKS))
                : new AidTruckReport(v.get(COUNT), v.get(FUEL_TRUCKS), v.get(SOURCE), v.get(NOTE), v.get(BOUND)));
    }

    static final class Trucks {
        static final Record<Day.TruckReport> R = new Record<>("truckReport", "a truck report (an object with count and source)",
                "Addition: one source's report of the trucks of one kind that entered that day.");
        static final Field<Long> COUNT = R.required("count", A_COUNT, "How many trucks.");
        static final Field<String> SOURCE = R.required("source", A_SOURCE, "The id of an entry of sources.");
        static final Field<String> NOTE = R.optional("note", STRING, "Free text.");
        static final Field<Bound> BOUND = R.optional("bound", BoundType.BOUND, A_BOUND);
        static final Record<Day.TruckReport> TYPE = R.builds(v -> new Day.TruckReport(v.get(COUNT), v.get(SOURCE), v.get(NOTE), v.get(BOUND)));
    }

    static final class Events {
        static final Record<Day.Event> R = new Record<>("event", "an event (an object with kind and source)",
                "Addition: something that happened, as one source reported it.");
        static final Field<String> KIND = R.required("kind", Schema.oneOf(EVENT_KINDS), "What happened: one of the format's event kinds.");
        static final Field<OffsetDateTime> AT = R.optional("at", INSTANT, "When, where the report gives a time: an ISO-8601 instant with an offset; absent: that day, time not reported.");
        static final Field<String> SOURCE = R.required("source", A_SOURCE, "The id of an entry of sources.");
        static final Field<String> NOTE = R.optional("note", STRING, "Free text.");
        static final Record<Day.Event> TYPE = R.builds(v -> new Day.Event(v.get(KIND), v.get(AT), v.get(SOURCE), v.get(NOTE)));
    }

    static final class FuelLitres {
        static final Record<FuelReport> R = new Record<>("fuelReport", "a fuel report (an object with count, in litres, and source)",
                "Extension: one source's report of the litres of fuel that entered that day.");
        static final Field<Long> COUNT = R.required("count", A_COUNT, "Litres of fuel.");
        static final Field<String> SOURCE = R.required("source", A_SOURCE, "The id of an entry of sources.");
        static final Field<String> NOTE = R.optional("note", STRING, "Free text; say here why a figure is partial.");
        static final Field<Bound> BOUND = R.optional("bound", BoundType.BOUND, A_BOUND);
        static final Record<FuelReport> TYPE = R.builds(v -> new FuelReport(v.get(COUNT), v.get(SOURCE), v.get(NOTE), v.get(BOUND)));
    }

    static final class Handovers {
        static final Record<Handover> R = new Record<>("handover", "a handover (an object with party, completedAt and source)",
                "A release of people by a party, completed at a time, as one source reports it.");
        static final Field<String> PARTY = R.required("party", A_PARTY, "The party that released the people: a party of the agreement.");
        static final Field<OffsetDateTime> SCHEDULED_AT = R.optional("scheduledAt", INSTANT, "The time agreed or announced in advance; absent where none was reported.");
        static final Field<OffsetDateTime> COMPLETED_AT = R.required("completedAt", INSTANT, "When the handover was completed: an ISO-8601 instant with an offset.");
        static final Field<String> SOURCE = R.required("source", A_SOURCE, "The id of an entry of sources: the source of the completion.");
        static final Field<String> SCHEDULE_SOURCE = R.optional("scheduleSource", A_SOURCE, "Addition: the id of the source of the schedule, where it differs from the source of the completion.");
        static final Field<String> NOTE = R.optional("note", STRING, "Free text.");
        static final Record<Handover> TYPE = R.builds(v -> new Handover(v.get(PARTY), v.get(SCHEDULED_AT), v.get(COMPLETED_AT), v.get(SOURCE),
                v.get(SCHEDULE_SOURCE), v.get(NOTE)));
    }

    static final class Notes {
        static final Record<DayNote> R = new Record<>("note", "a note (an object with text and source)",
                "Addition: a figure of the day that is not a count of it (a running total, a partial figure, a forecast).");
        static final Field<String> TEXT = R.required("text", STRING, "The figure or remark.");
        static final Field<String> SOURCE = R.required("source", A_SOURCE, "The id of an entry of sources.");
        static final Field<String> TERM = R.optional("term", STRING.then(Reading::noteTerm), "Addition: the slug of the term the note bears on; the findings of that term on that day list it.");
        static final Record<DayNote> TYPE = R.builds(v -> new DayNote(v.get(TEXT), v.get(SOURCE), v.get(TERM)));
    }

    static final class Days {
        static final Record<Day> R = new Record<>("day", "a day (an object with a date)",
                "The reports of one pause day; each entry of each list is one report by one source.");
        static final Field<LocalDate> THE_DATE = R.required("date", DATE.then(DAY_DATES.declared()), "YYYY-MM-DD, once per file: the pause day the reports belong to as reported.");
        static final Field<List<HostageRelease>> HOSTAGES = R.optional("hostageReleases", listOf(HostageReleases.TYPE), "Hostages released.");
        static final Field<List<PrisonerRelease>> PRISONERS = R.optional("prisonerReleases", listOf(PrisonerReleases.TYPE), "Prisoners released.");
        static final Field<List<AidTruckReport>> AID = R.optional("aidTrucks", listOf(AidTrucks.TYPE), "Aid trucks that entered that day.");
        static final Field<List<FuelReport>> FUEL = R.optional("fuelLitres", listOf(FuelLitres.TYPE), "Extension: litres of fuel that entered that day.");
        static final Field<List<Handover>> HANDOVERS = R.optional("handovers", listOf(Handovers.TYPE), "Releases of people by a party, with their times.");
        static final Field<List<DayNote>> NOTES = R.optional("notes", listOf(Notes.TYPE), "Addition: figures of the day that are not a count of it.");
        static final Field<List<Day.TruckReport>> NORTH = R.optional("trucksToNorth", listOf(Trucks.TYPE), "Addition: aid trucks that entered northern Gaza that day.");
        static final Field<List<Day.TruckReport>> FUEL_TRUCKS = R.optional("fuelTrucksIn", listOf(Trucks.TYPE), "Addition: trucks carrying fuel that entered Gaza that day.");
        static final Field<List<Day.Event>> EVENTS = R.optional("events", listOf(Events.TYPE), "Addition: things that happened, each as one source reported it.");
        static final Record<Day> TYPE = R.builds(v -> new Day(v.get(THE_DATE), v.list(HOSTAGES), v.list(PRISONERS), v.list(AID), v.list(FUEL),
                v.list(HANDOVERS), v.list(NOTES), v.list(NORTH), v.list(FUEL_TRUCKS), v.list(EVENTS)));
    }

    static final class PeriodAidTrucks {
        static final Record<AidTruckReport> R = new Record<>("periodAidTruckReport", "an aid truck report over a period (an object with count and source)",
                "One source's report of the aid trucks that entered over the days of a period, in all.");
        static final Field<Long> COUNT = R.required("count", A_COUNT, "How many trucks entered over the period's days, in all.");
        static final Field<String> SOURCE = R.required("source", A_SOURCE, "The id of an entry of sources.");
        static final Field<String> NOTE = R.optional("note", STRING, "Free text.");
        static final Field<Bound> BOUND = R.optional("bound", BoundType.BOUND, A_BOUND);
        static final Record<AidTruckReport> TYPE = R.builds(v -> new AidTruckReport(v.get(COUNT), null, v.get(SOURCE), v.get(NOTE), v.get(BOUND)));
    }

    static final class PeriodFuelLitres {
        static final Record<FuelReport> R = new Record<>("periodFuelReport", "a fuel report over a period (an object with count, in litres, and source)",
                "One source's report of the litres of fuel that entered over the days of a period, in all.");
        static final Field<Long> COUNT = R.required("count", A_COUNT, "Litres of fuel that entered over the period's days, in all.");
        static final Field<String> SOURCE = R.required("source", A_SOURCE, "The id of an entry of sources.");
        static final Field<String> NOTE = R.optional("note", STRING, "Free text.");
        static final Field<Bound> BOUND = R.optional("bound", BoundType.BOUND, A_BOUND);
        static final Record<FuelReport> TYPE = R.builds(v -> new FuelReport(v.get(COUNT), v.get(SOURCE), v.get(NOTE), v.get(BOUND)));
    }

    static final class Periods {
        static final Record<Period> R = new Record<>("period", "a period (an object with from and to)",
                "Addition: totals over several pause days as one source reported them (\"248 trucks since Friday\"), not counts of any one day.");
        static final Field<LocalDate> FROM = R.required("from", DATE, "YYYY-MM-DD: the first day of the period, a pause day.");
        static final Field<LocalDate> TO = R.required("to", DATE, "YYYY-MM-DD: the last day of the period, a pause day after from.");
        static final Field<List<AidTruckReport>> AID = R.optional("aidTrucks", listOf(PeriodAidTrucks.TYPE), "Aid trucks that entered over the period, in all.");
        static final Field<List<FuelReport>> FUEL = R.optional("fuelLitres", listOf(PeriodFuelLitres.TYPE), "Litres of fuel that entered over the period, in all.");
        static final Record<Period> TYPE = R.atLeastOneOf("totals of aidTrucks or fuelLitres", AID, FUEL).builds(v -> v.get(TO).isAfter(v.get(FROM))
                ? new Period(v.get(FROM), v.get(TO), v.list(AID), v.list(FUEL))
                : v.reject(".to", "expected a date after from (" + v.get(FROM) + "), found " + v.get(TO)));
    }

    static final class Claims {
        static final Record<Claim> R = new Record<>("claim", "a claim (an object with id, by, against, dates, statement and source)",
                "A claim by one party that the other did not keep a term.");
        static final Field<String> ID = R.required("id", STRING.then(CLAIM_IDS.declared()), "Unique among claims.");
        static final Field<String> BY = R.required("by", A_PARTY, "The party that claims: a party of the agreement.");
        static final Field<String> AGAINST = R.required("against", A_PARTY, "The party the claim is against: a party of the agreement.");
        static final Field<String> TERM = R.optional("term", STRING.then(Reading::term), "A term slug, or the id of a clause of the index that no term models; absent when the claim concerns no clause.");
        static final Field<List<LocalDate>> DATES = R.required("dates", listOf(DATE), "The dates the claim concerns, YYYY-MM-DD.");
        static final Field<String> STATEMENT = R.required("statement", STRING, "The claim, quoting or closely paraphrasing the source, attributed.");
        static final Field<String> SOURCE = R.required("source", A_SOURCE, "The id of an entry of sources.");
        static final Field<String> ANSWERS = R.optional("answers", STRING.then(Reading::answers), "The id of a finding against the claim's author that the claim answers, as a defence: TERM/DATE, TERM/DATE/PARTY, or TERM/FROM..TO for a period finding.");
        static final Record<Claim> TYPE = R.builds(v -> new Claim(v.get(ID), v.get(BY), v.get(AGAINST), v.get(TERM), v.get(DATES), v.get(STATEMENT),
                v.get(SOURCE), v.get(ANSWERS)));
    }

    static final class FactSets {
        static final Record<FactSet> R = new Record<>("factSet", EXPECTED, "The reported facts of one agreement, day by day, each with its source.");
        static final Field<String> FORMAT_FIELD = R.required("format", Schema.constant(FORMAT, " (this version of truce reads " + FORMAT + " only)"), "Always " + FORMAT + ".");
        static final Field<String> AGREEMENT = R.required("agreement", STRING.then(Reading::agreement), "The agreement's id; its rule set is rules/<agreement>/.");
        static final Field<String> TITLE = R.optional("title", STRING, "A title for people.");
        static final Field<List<Source>> SOURCES = R.required("sources", listOf(Sources.TYPE).atEnd(SOURCE_IDS.declaredBy()), "Every source the file cites.");
        static final Field<List<Extension>> EXTENSIONS = R.optional("extensions", listOf(Extensions.TYPE).atEnd((r, read, n, isList, clean) -> r.extensionsRead(read, clean)),
                "Extensions of the pause.");
        static final Field<List<Prisoner>> PRISONERS = R.optional("prisoners", listOf(Prisoners.TYPE).atEnd(PRISONER_IDS.declaredBy()), "Every prisoner the file mentions, by opaque id.");
        static final Field<List<Day>> DAYS = R.required("days", listOf(Days.TYPE), "The reports of each day.");
        static final Field<List<Claim>> CLAIMS = R.optional("claims", listOf(Claims.TYPE), "Claims the parties made that the other did not keep a term.");
        static final Field<List<Period>> PERIODS = R.optional("periods", listOf(Periods.TYPE.then(Reading::period)),
                "Addition: totals over several pause days, each as one source reported it.");
        static final Record<FactSet> TYPE = R.builds(v -> new FactSet(v.get(FORMAT_FIELD), v.get(AGREEMENT), v.get(TITLE), v.list(SOURCES), v.list(EXTENSIONS),
                v.list(PRISONERS), v.list(DAYS), v.list(CLAIMS), v.list(PERIODS)));
    }

    /** The JSON Schema (draft 2020-12) of the format, as published in docs/truce-facts-1.schema.json. */
    static String jsonSchema() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode()
                .put("$schema", "https://json-schema.org/draft/2020-12/schema")
                .put("title", FORMAT)
                .put("$comment", "Generated from org.truce.factset.TruceFacts1 by PublishedSchemaTest (-Dschema.update=true); do not edit. "
                        + "The loader checks more than this schema can say: see docs/fact-set-format.md.");
        Map<String, ObjectNode> defs = Schema.defs();
        root.setAll(FactSets.TYPE.definition(defs));
        root.putObject("$defs").setAll(defs);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return mapper.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
