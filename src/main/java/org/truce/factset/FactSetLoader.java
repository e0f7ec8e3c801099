package org.truce.factset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.truce.factset.Day.AidTruckReport;
import org.truce.factset.Day.DayNote;
import org.truce.factset.Day.FuelReport;
import org.truce.factset.Day.Handover;
import org.truce.factset.Day.HostageRelease;
import org.truce.factset.Day.PrisonerRelease;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code truce-facts/1} file with Jackson's streaming parser into immutable records, checking everything
 * the format promises. A syntax error stops the reading and is the only problem reported; every other problem
 * of the file is collected and reported together, each with its JSON path and, where known, line and column.
 */
public final class FactSetLoader {

    public static final String FORMAT = "truce-facts/1";
    /** How many distinct recurring strings or dates are shared before the reader stops sharing new ones. */
    private static final int SHARED_LIMIT = 100_000;

    /** A hostile file could hold millions of problems; past this many, reading stops and says so. */
    static final int MAX_PROBLEMS = 500;

    private static final java.util.Comparator<Problem> BY_PLACE =
            java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

    private final Vocabulary vocabulary;
    private final Limits limits;
    private final JsonFactory factory;

    public FactSetLoader(Vocabulary vocabulary, Limits limits) {
        this.vocabulary = vocabulary;
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .maxStringLength(limits.maxStringLength())
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxNameLength(Limits.MAX_NAME_LENGTH)
                        .build())
                .build();
    }

    /** Loads a fact set from a file; {@code displayName} is how problems name the file. */
    public FactSet load(Path file, String displayName) throws InvalidInputException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(List.of(new Problem(displayName, 0, 0, "",
                    "expected a fact-set file, found " + (Files.isDirectory(file) ? "a folder"
                            : Files.exists(file) ? "something that is not a regular file (a device or a pipe)" : "nothing at this path"))));
        }
        try {
            long size = Files.size(file);
            if (size > limits.maxDocumentBytes()) {
                throw new InvalidInputException(List.of(new Problem(displayName, 0, 0, "",
                        "expected " + limits.documentLimit() + ", found " + Limits.mebibytes(size) + " (not read)")));
            }
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new Problem(displayName, 0, 0, "", "expected a file that can be read, found: " + e.getMessage())));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, displayName);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new Problem(displayName, 0, 0, "", "expected a file that can be read, found: " + e.getMessage())));
        }
    }

    /** Loads a fact set from a stream; {@code displayName} is how problems name it. */
    public FactSet load(InputStream in, String displayName) throws InvalidInputException, IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        String notUtf8 = notUtf8(buffered);
        if (notUtf8 != null) {
            throw new InvalidInputException(List.of(new Problem(displayName, 1, 1, "$", "expected UTF-8 JSON text, found " + notUtf8)));
        }
        StrictUtf8 bytes = new StrictUtf8(buffered);
        try (JsonParser parser = factory.createParser(bytes)) {
            return new Reading(parser, displayName, bytes).read();
        }
    }

    /**
     * Jackson guesses UTF-16 and UTF-32 from NUL bytes and byte-order marks at the start; a fact set is UTF-8 only
     * (RFC 8259), so such a start is refused here rather than read as something else. A UTF-8 byte-order mark is allowed.
     */
    private static String notUtf8(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return "a UTF-16 byte-order mark (save the file as UTF-8)";
        }
        for (byte b : head) {
            if (b == 0) {
                return "a NUL byte (binary data, or UTF-16/UTF-32 text: save the file as UTF-8)";
            }
        }
        return null;
    }

    /** One reading of one file: the parser, the path being read, and the problems found so far. */
    private final class Reading {
        private final JsonParser p;
        private final String file;
        private final StrictUtf8 bytes;
        private final List<Problem> problems = new ArrayList<>();
        /** One instance per distinct source id, category, party and date: a million prisoners share a few of each. */
        private final Map<String, String> sharedStrings = new HashMap<>();
        private final Map<String, LocalDate> dateCache = new HashMap<>();

        private final Map<String, JsonLocation> sourceIds = new HashMap<>();
        private final Map<String, JsonLocation> claimIds = new HashMap<>();
        private final Map<String, JsonLocation> prisonerIdLocations = new HashMap<>();
        private final Map<LocalDate, JsonLocation> dates = new HashMap<>();
        private final List<Reference> pending = new ArrayList<>();
        private boolean sourcesRead;
        private boolean prisonersRead;
        /** Ids read from the lists, and whether some entry's id could not be read: then a reference to nothing is not reported. */
        private int sourceIdsRead;
        private int prisonerIdsRead;
        private boolean sourceIdsUnknown;
        private boolean prisonerIdsUnknown;
        private Vocabulary.Agreement agreement;
        private boolean agreementKnown;
        /** The pause days the extensions read so far add (see {@link #addPauseDays}). */
        private long pauseDaysAdded;
        private final List<Reference> claimWords = new ArrayList<>();
        /** The findings claims answer, checked at the end: the pause days depend on extensions, which may come later. */
        private final List<Reference> answered = new ArrayList<>();
        private long extensionDays;
        private boolean extensionsUnknown;

        Reading(JsonParser parser, String file, StrictUtf8 bytes) {
            this.p = parser;
            this.file = file;
            this.bytes = bytes;
        }

        FactSet read() throws InvalidInputException, IOException {
            String path = "$";
            try {
                JsonToken first = p.nextToken();
                if (first == null) {
                    throw new InvalidInputException(List.of(new Problem(file, 1, 1, path,
                            "expected a JSON object (a " + FORMAT + " fact set), found an empty file")));
                }
                FactSet factSet = readRoot();
                if (p.nextToken() != null) {
                    problem(path, "expected the end of the file after the fact set, found " + describe(p.currentToken()), p.currentTokenLocation());
                }
                resolvePending();
                if (!problems.isEmpty()) {
                    throw new InvalidInputException(problems);
                }
                return factSet;
            } catch (StreamConstraintsException e) {
                throw new InvalidInputException(List.of(limitProblem(e)));
            } catch (JsonProcessingException e) {
                throw new InvalidInputException(List.of(syntaxProblem(e)));
            } catch (java.io.CharConversionException e) {
                JsonLocation at = p.currentLocation();
                StrictUtf8.Place bad = bytes.firstBad();
                throw new InvalidInputException(List.of(bad != null ? notUtf8Problem(bad)
                        : new Problem(file, at.getLineNr(), at.getColumnNr(), currentPath(),
                        "expected UTF-8 JSON text, found bytes that are not UTF-8 (" + e.getMessage() + ")")));
            } catch (TooManyProblems e) {
                problems.sort(BY_PLACE);
                List<Problem> shown = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
                JsonLocation at = p.currentTokenLocation();
                shown.add(new Problem(file, at.getLineNr(), at.getColumnNr(), currentPath(),
                        "expected at most " + MAX_PROBLEMS + " problems in one file, found more: reading stopped here (fix these first)"));
                throw new InvalidInputException(shown);
            }
        }

        private FactSet readRoot() throws IOException {
            String[] format = {null};
            String[] agreementId = {null};
            String[] title = {null};
            List<Source> sources = new ArrayList<>();
            List<Extension> extensions = new ArrayList<>();
            List<Prisoner> prisoners = new ArrayList<>();
            List<Day> days = new ArrayList<>();
            List<Claim> claims = new ArrayList<>();
            boolean ok = object("$", "a JSON object (a " + FORMAT + " fact set)",
                    Set.of("format", "agreement", "sources", "days"),
                    Set.of("format", "agreement", "title", "sources", "extensions", "prisoners", "days", "claims"),
                    (name, path) -> {
                        switch (name) {
                            case "format" -> {
                                JsonLocation at = p.currentTokenLocation();
                                format[0] = string(path);
                                if (format[0] != null && !FORMAT.equals(format[0])) {
                                    problem(path, "expected \"" + FORMAT + "\", found " + quote(format[0])
                                            + " (this version of truce reads " + FORMAT + " only)", at);
                                }
                            }
                            case "agreement" -> {
                                JsonLocation at = p.currentTokenLocation();
                                agreementId[0] = string(path);
                                if (agreementId[0] != null) {
                                    lookUpAgreement(agreementId[0], path, at);
                                }
                            }
                            case "title" -> title[0] = string(path);
                            case "sources" -> {
                                int[] elements = {0};
                                boolean isList = list(path, sources, at -> {
                                    elements[0]++;
                                    return source(at);
                                }) || p.currentToken() == JsonToken.END_ARRAY;
                                sourceIdsUnknown = !isList || elements[0] != sourceIdsRead;
                                sourcesRead = true;
                            }
                            case "extensions" -> {
                                extensionsUnknown = !list(path, extensions, this::extension);
                                extensions.forEach(e -> extensionDays += e.days());
                            }
                            case "prisoners" -> {
                                int[] elements = {0};
                                boolean isList = list(path, prisoners, at -> {
                                    elements[0]++;
                                    return prisoner(at);
                                }) || p.currentToken() == JsonToken.END_ARRAY;
                                prisonerIdsUnknown = !isList || elements[0] != prisonerIdsRead;
                                prisonersRead = true;
                            }
                            case "days" -> list(path, days, this::day);
                            case "claims" -> list(path, claims, this::claim);
                            default -> throw new IllegalStateException(name);
                        }
                    });
            if (!ok) {
                return null;
            }
            sourcesRead = true;
            prisonersRead = true;
            return new FactSet(format[0], agreementId[0], title[0], sources, extensions, prisoners, days, claims);
        }

        private void lookUpAgreement(String id, String path, JsonLocation at) {
            var found = vocabulary.agreement(id);
            if (found.isPresent()) {
                agreement = found.get();
                agreementKnown = true;
                for (Reference word : claimWords) {
                    checkClaimWord(word);
                }
                claimWords.clear();
            } else {
                problem(path, "expected an agreement that has a rule set (" + String.join(", ", new TreeSet<>(vocabulary.agreements()))
                        + "), found " + quote(id), at);
            }
        }

        // ---- the records of the format ------------------------------------------------------------------

        private Source source(String path) throws IOException {
            Fields f = new Fields();
            boolean ok = object(path, "a source (an object with id, publisher and title)", Set.of("id", "publisher", "title"),
                    Set.of("id", "publisher", "attribution", "title", "url", "published"), (name, at) -> {
                        switch (name) {
                            case "id" -> f.id(at, sourceIds, "source");
                            case "published" -> f.put(name, date(at));
                            default -> f.put(name, string(at));
                        }
                    });
            return ok && f.complete ? new Source(f.s("id"), f.s("publisher"), f.s("attribution"), f.s("title"), f.s("url"), f.d("published")) : null;
        }

        private Extension extension(String path) throws IOException {
            Fields f = new Fields();
            boolean ok = object(path, "an extension (an object with days and source)", Set.of("days", "source"),
                    Set.of("agreedAt", "agreedOn", "days", "source", "note"), (name, at) -> {
                        switch (name) {
                            case "agreedAt" -> f.put(name, instant(at));
                            case "agreedOn" -> f.put(name, date(at));
                            case "days" -> {
                                JsonLocation loc = p.currentTokenLocation();
                                Long days = count(at, 1, 10_000);
                                if (days != null) {
                                    addPauseDays(days, at, loc);
                                }
                                f.put(name, days);
                            }
                            case "source" -> f.put(name, sourceRef(at));
                            default -> f.put(name, string(at));
                        }
                    });
            return ok && f.complete ? new Extension((OffsetDateTime) f.get("agreedAt"), f.d("agreedOn"), f.l("days").intValue(), f.s("source"), f.s("note")) : null;
        }

        /**
         * Adds an extension's days to the days all extensions add; the extension at which that total first exceeds
         * the limit is the one reported. Past it nothing is added, so the total stays below the limit plus 10,000.
         */
        private void addPauseDays(long days, String path, JsonLocation at) {
            if (pauseDaysAdded > limits.maxPauseDays()) {
                return;
            }
            long before = pauseDaysAdded;
            pauseDaysAdded += days;
            if (pauseDaysAdded > limits.maxPauseDays()) {
                problem(path, "expected " + limits.pauseDaysLimit() + ", found " + days + " more" + (before == 0 ? "" : " after " + before), at);
            }
        }

        private Prisoner prisoner(String path) throws IOException {
            Fields f = new Fields();
            boolean ok = object(path, "a prisoner (an object with id, detainedOn and source)", Set.of("id", "detainedOn", "source"),
                    Set.of("id", "category", "detainedOn", "listedOn", "source"), (name, at) -> {
                        switch (name) {
                            case "id" -> f.id(at, prisonerIdLocations, "prisoner");
                            case "detainedOn", "listedOn" -> f.put(name, date(at));
                            case "source" -> f.put(name, sourceRef(at));
                            default -> f.put(name, shared(string(at)));
                        }
                    });
            if (!ok || !f.complete) {
                return null;
            }
            return new Prisoner(f.s("id"), f.s("category"), f.d("detainedOn"), f.d("listedOn"), f.s("source"));
        }

        private Day day(String path) throws IOException {
            Fields f = new Fields();
            List<HostageRelease> hostages = new ArrayList<>();
            List<PrisonerRelease> prisoners = new ArrayList<>();
            List<AidTruckReport> trucks = new ArrayList<>();
            List<FuelReport> fuel = new ArrayList<>();
            List<Handover> handovers = new ArrayList<>();
            List<DayNote> notes = new ArrayList<>();
            boolean ok = object(path, "a day (an object with a date)", Set.of("date"),
                    Set.of("date", "hostageReleases", "prisonerReleases", "aidTrucks", "fuelLitres", "handovers", "notes"), (name, at) -> {
                        switch (name) {
                            case "date" -> {
                                JsonLocation loc = p.currentTokenLocation();
                                LocalDate date = date(at);
                                if (date != null) {
                                    JsonLocation first = dates.putIfAbsent(date, loc);
                                    if (first != null) {
                                        problem(at, "expected each date once in days, found " + date + " again (first at line " + first.getLineNr() + ")", loc);
                                    }
                                }
                                f.put(name, date);
                            }
                            case "hostageReleases" -> list(at, hostages, this::hostageRelease);
                            case "prisonerReleases" -> list(at, prisoners, this::prisonerRelease);
                            case "aidTrucks" -> list(at, trucks, this::aidTrucks);
                            case "fuelLitres" -> list(at, fuel, this::fuelLitres);
                            case "handovers" -> list(at, handovers, this::handover);
                            case "notes" -> list(at, notes, this::note);
                            default -> throw new IllegalStateException(name);
                        }
                    });
            return ok && f.complete ? new Day(f.d("date"), hostages, prisoners, trucks, fuel, handovers, notes) : null;
        }

        private HostageRelease hostageRelease(String path) throws IOException {
            Fields f = new Fields();
            boolean ok = object(path, "a hostage release report (an object with count, inDeal and source)", Set.of("count", "inDeal", "source"),
                    Set.of("count", "inDeal", "source", "note"), (name, at) -> {
                        switch (name) {
                            case "count" -> f.put(name, count(at, 0, Limits.MAX_COUNT));
                            case "inDeal" -> f.put(name, bool(at));
                            case "source" -> f.put(name, sourceRef(at));
                            default -> f.put(name, string(at));
                        }
                    });
            return ok && f.complete ? new HostageRelease(f.l("count"), (Boolean) f.get("inDeal"), f.s("source"), f.s("note")) : null;
        }

        private PrisonerRelease prisonerRelease(String path) throws IOException {
            Fields f = new Fields();
            JsonLocation start = p.currentTokenLocation();
            List<String> ids = new ArrayList<>();
            boolean[] hasIds = {false};
            boolean ok = object(path, "a prisoner release report (an object with count or ids, and source)", Set.of("source"),
                    Set.of("count", "ids", "source", "note"), (name, at) -> {
                        switch (name) {
                            case "count" -> f.put(name, count(at, 0, Limits.MAX_COUNT));
                            case "ids" -> {
                                hasIds[0] = true;
                                Set<String> seen = new HashSet<>();
                                boolean listed = list(at, ids, idPath -> {
                                    JsonLocation loc = p.currentTokenLocation();
                                    String id = string(idPath);
                                    if (id != null) {
                                        if (!seen.add(id)) {
                                            problem(idPath, "expected each prisoner once in a release report, found " + quote(id) + " again", loc);
                                        }
                                        prisonerRef(id, idPath, loc);
                                    }
                                    return id;
                                });
                                if (!listed) {
                                    f.complete = false;
                                }
                            }
                            case "source" -> f.put(name, sourceRef(at));
                            default -> f.put(name, string(at));
                        }
                    });
            if (!ok) {
                return null;
            }
            Long count = f.l("count");
            if (count == null && !hasIds[0] && f.complete) {
                problem(path, "expected a count or a list of ids, found neither", start);
                return null;
            }
            if (count != null && hasIds[0] && f.complete && count != ids.size()) {
                problem(path + ".count", "expected the count to agree with the " + ids.size() + " ids listed, found " + count, start);
                return null;
            }
            return f.complete ? new PrisonerRelease(count, hasIds[0] ? ids : null, f.s("source"), f.s("note")) : null;
        }

        private AidTruckReport aidTrucks(String path) throws IOException {
            Fields f = new Fields();
            boolean ok = object(path, "an aid truck report (an object with count and source)", Set.of("count", "source"),
                    Set.of("count", "source", "note"), (name, at) -> {
                        switch (name) {
                            case "count" -> f.put(name, count(at, 0, Limits.MAX_COUNT));
                            case "source" -> f.put(name, sourceRef(at));
                            default -> f.put(name, string(at));
                        }
                    });
            return ok && f.complete ? new AidTruckReport(f.l("count"), f.s("source"), f.s("note")) : null;
        }

        private FuelReport fuelLitres(String path) throws IOException {
            Fields f = new Fields();
            boolean ok = object(path, "a fuel report (an object with count, in litres, and source)", Set.of("count", "source"),
                    Set.of("count", "source", "note"), (name, at) -> {
                        switch (name) {
                            case "count" -> f.put(name, count(at, 0, Limits.MAX_COUNT));
                            case "source" -> f.put(name, sourceRef(at));
                            default -> f.put(name, string(at));
                        }
                    });
            return ok && f.complete ? new FuelReport(f.l("count"), f.s("source"), f.s("note")) : null;
        }

        private Handover handover(String path) throws IOException {
            Fields f = new Fields();
            boolean ok = object(path, "a handover (an object with party, completedAt and source)", Set.of("party", "completedAt", "source"),
                    Set.of("party", "scheduledAt", "completedAt", "source", "scheduleSource", "note"), (name, at) -> {
                        switch (name) {
                            case "party" -> {
                                JsonLocation loc = p.currentTokenLocation();
                                String party = string(at);
                                if (party != null) {
                                    partyRef(party, at, loc);
                                }
                                f.put(name, party);
                            }
                            case "scheduledAt", "completedAt" -> f.put(name, instant(at));
                            case "source", "scheduleSource" -> f.put(name, sourceRef(at));
                            default -> f.put(name, string(at));
                        }
                    });
            return ok && f.complete ? new Handover(f.s("party"), (OffsetDateTime) f.get("scheduledAt"), (OffsetDateTime) f.get("completedAt"),
                    f.s("source"), f.s("scheduleSource"), f.s("note")) : null;
        }

        private DayNote note(String path) throws IOException {
            Fields f = new Fields();
            boolean ok = object(path, "a note (an object with text and source)", Set.of("text", "source"), Set.of("text", "source"), (name, at) -> {
                if (name.equals("source")) {
                    f.put(name, sourceRef(at));
                } else {
                    f.put(name, string(at));
                }
            });
            return ok && f.complete ? new DayNote(f.s("text"), f.s("source")) : null;
        }

        private Claim claim(String path) throws IOException {
            Fields f = new Fields();
            List<LocalDate> claimDates = new ArrayList<>();
            boolean ok = object(path, "a claim (an object with id, by, against, dates, statement and source)",
                    Set.of("id", "by", "against", "dates", "statement", "source"),
                    Set.of("id", "by", "against", "term", "dates", "statement", "source", "answers"), (name, at) -> {
                        switch (name) {
                            case "id" -> f.id(at, claimIds, "claim");
                            case "by", "against" -> {
                                JsonLocation loc = p.currentTokenLocation();
                                String party = string(at);
                                if (party != null) {
                                    partyRef(party, at, loc);
                                }
                                f.put(name, party);
                            }
                            case "term" -> {
                                JsonLocation loc = p.currentTokenLocation();
                                String term = string(at);
                                if (term != null) {
                                    claimWord(new Reference(Reference.Kind.TERM, term, at, loc));
                                }
                                f.put(name, term);
                            }
                            case "dates" -> {
                                if (!list(at, claimDates, this::date)) {
                                    f.complete = false;
                                }
                            }
                            case "answers" -> {
                                JsonLocation loc = p.currentTokenLocation();
                                String finding = string(at);
                                if (finding != null) {
                                    answered.add(new Reference(Reference.Kind.FINDING, finding, at, loc));
                                }
                                f.put(name, finding);
                            }
                            case "source" -> f.put(name, sourceRef(at));
                            default -> f.put(name, string(at));
                        }
                    });
            return ok && f.complete ? new Claim(f.s("id"), f.s("by"), f.s("against"), f.s("term"), claimDates, f.s("statement"), f.s("source"),
                    f.s("answers")) : null;
        }

        /** The one instance of a string that recurs across records (ids of sources, categories, parties). */
        private String shared(String text) {
            if (text == null || sharedStrings.size() >= SHARED_LIMIT) {
                return text;
            }
            String known = sharedStrings.putIfAbsent(text, text);
            return known == null ? text : known;
        }

        // ---- references --------------------------------------------------------------------------------

        private String sourceRef(String path) throws IOException {
            JsonLocation loc = p.currentTokenLocation();
            String id = shared(string(path));
            if (id != null) {
                if (sourcesRead) {
                    if (!sourceIds.containsKey(id) && !sourceIdsUnknown) {
                        problem(path, "expected the id of an entry of sources, found " + quote(id), loc);
                    }
                } else {
                    pending.add(new Reference(Reference.Kind.SOURCE, id, path, loc));
                }
            }
            return id;
        }

        private void prisonerRef(String id, String path, JsonLocation loc) {
            if (prisonersRead) {
                if (!prisonerIdLocations.containsKey(id) && !prisonerIdsUnknown) {
                    problem(path, "expected the id of an entry of prisoners, found " + quote(id), loc);
                }
            } else {
                pending.add(new Reference(Reference.Kind.PRISONER, id, path, loc));
            }
        }

        private void partyRef(String party, String path, JsonLocation loc) {
            claimWord(new Reference(Reference.Kind.PARTY, party, path, loc));
        }

        private void claimWord(Reference word) {
            if (agreementKnown) {
                checkClaimWord(word);
            } else {
                claimWords.add(word);
            }
        }

        private void checkClaimWord(Reference word) {
            if (word.kind() == Reference.Kind.PARTY && !agreement.parties().contains(word.id())) {
                problem(word.path(), "expected a party of the agreement (" + String.join(", ", new TreeSet<>(agreement.parties()))
                        + "), found " + quote(word.id()), word.location());
            } else if (word.kind() == Reference.Kind.TERM && !agreement.claimTerms().contains(word.id())) {
                problem(word.path(), "expected a term slug or a clause id of the agreement's clause index, found " + quote(word.id()), word.location());
            }
        }

        private void resolvePending() {
            for (Reference ref : pending) {
                if (ref.kind() == Reference.Kind.SOURCE && !sourceIds.containsKey(ref.id()) && !sourceIdsUnknown) {
                    problem(ref.path(), "expected the id of an entry of sources, found " + quote(ref.id()), ref.location());
                } else if (ref.kind() == Reference.Kind.PRISONER && !prisonerIdLocations.containsKey(ref.id()) && !prisonerIdsUnknown) {
                    problem(ref.path(), "expected the id of an entry of prisoners, found " + quote(ref.id()), ref.location());
                }
            }
            // Parties, terms and findings cannot be checked against an agreement that is missing or unknown; that problem is reported once.
            if (agreementKnown) {
                for (Reference ref : answered) {
                    String why = notAFinding(ref.id());
                    if (why != null) {
                        problem(ref.path(), "expected a finding id TERM/DATE[/PARTY] of the agreement, found " + quote(ref.id()) + " (" + why + ")",
                                ref.location());
                    }
                }
            }
            answered.clear();
            claimWords.clear();
            problems.sort(BY_PLACE);
        }

        /**
         * Why {@code id} is not the id of a finding of the agreement, or null when it is one: a term with findings, a
         * pause day (the initial days and the extensions of this file), and a party of the agreement when one is named.
         */
        private String notAFinding(String id) {
            String[] parts = id.split("/", 3);
            if (!agreement.terms().contains(parts[0])) {
                return quote(parts[0]) + " is not a term slug of the agreement: " + String.join(", ", new TreeSet<>(agreement.terms()));
            }
            if (parts.length < 2) {
                return "no /DATE";
            }
            LocalDate date;
            try {
                date = LocalDate.parse(parts[1], DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                return quote(parts[1]) + " is not a date YYYY-MM-DD";
            }
            LocalDate last = agreement.lastPauseDay(extensionDays);
            // With an extension that could not be read, the last pause day is unknown: only the first is checked.
            if (date.isBefore(agreement.pauseStart()) || (date.isAfter(last) && !extensionsUnknown)) {
                return date + " is not a pause day: the pause runs " + agreement.pauseStart() + " to " + last;
            }
            if (parts.length == 3 && !agreement.parties().contains(parts[2])) {
                return quote(parts[2]) + " is not a party of the agreement: " + String.join(", ", new TreeSet<>(agreement.parties()));
            }
            return null;
        }

        // ---- the shapes of JSON --------------------------------------------------------------------------

        /** Reads one object; returns false (having reported it and skipped the value) when it is not an object. */
        private boolean object(String path, String expected, Set<String> required, Set<String> allowed, FieldReader reader) throws IOException {
            JsonLocation start = p.currentTokenLocation();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                problem(path, "expected " + expected + ", found " + describe(p.currentToken()), start);
                p.skipChildren();
                return false;
            }
            Set<String> seen = new HashSet<>();
            boolean complete = true;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonLocation nameAt = p.currentTokenLocation();
                String childPath = path.equals("$") ? name : path + "." + name;
                p.nextToken();
                if (!seen.add(name)) {
                    problem(childPath, "expected each field once, found \"" + name + "\" again", nameAt);
                    p.skipChildren();
                } else if (!allowed.contains(name)) {
                    problem(childPath, "expected one of the fields " + String.join(", ", new TreeSet<>(allowed))
                            + ", found unknown field \"" + name + "\"", nameAt);
                    p.skipChildren();
                } else if (p.currentToken() == JsonToken.VALUE_NULL) {
                    problem(childPath, "expected a value, found null (leave the field out instead)", p.currentTokenLocation());
                    complete = false;
                } else {
                    reader.read(name, childPath);
                }
            }
            for (String field : new TreeSet<>(required)) {
                if (!seen.contains(field)) {
                    problem(path, "expected a field \"" + field + "\", found none", start);
                }
            }
            return complete && seen.containsAll(required);
        }

        /** Reads a list into {@code into}, skipping elements that had problems; false when it is not a list. */
        private <T> boolean list(String path, List<T> into, ElementReader<T> element) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                problem(path, "expected a list, found " + describe(p.currentToken()), p.currentTokenLocation());
                p.skipChildren();
                return false;
            }
            int index = 0;
            int before = problems.size();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                T value = element.read(path + "[" + index++ + "]");
                if (value != null) {
                    into.add(value);
                }
            }
            return problems.size() == before;
        }

        private String string(String path) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return wrong(path, "a string");
            }
            return p.getText();
        }

        private Boolean bool(String path) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                return t == JsonToken.VALUE_TRUE;
            }
            return wrong(path, "true or false");
        }

        private Long count(String path, long min, long max) throws IOException {
            String expected = "a whole number from " + min + " to " + max;
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT) {
                return wrong(path, expected);
            }
            JsonParser.NumberType type;
            try {
                type = p.getNumberType();
            } catch (StreamConstraintsException e) {
                type = JsonParser.NumberType.BIG_INTEGER;
            }
            if (type == JsonParser.NumberType.BIG_INTEGER) {
                problem(path, "expected " + expected + ", found " + abbreviate(p.getText()) + " (too large)", p.currentTokenLocation());
                return null;
            }
            long value = p.getLongValue();
            if (value < min || value > max) {
                problem(path, "expected " + expected + ", found " + value, p.currentTokenLocation());
                return null;
            }
            return value;
        }

        private LocalDate date(String path) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return wrong(path, "a date YYYY-MM-DD");
            }
            String text = p.getText();
            LocalDate known = dateCache.get(text);
            if (known != null) {
                return known;
            }
            try {
                LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                if (dateCache.size() < SHARED_LIMIT) {
                    dateCache.put(text, date);
                }
                return date;
            } catch (DateTimeParseException e) {
                problem(path, "expected a date YYYY-MM-DD that exists, found " + quote(text), p.currentTokenLocation());
                return null;
            }
        }

        private OffsetDateTime instant(String path) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return wrong(path, "an ISO-8601 instant with an offset, e.g. \"2023-11-25T16:00+02:00\"");
            }
            String text = p.getText();
            try {
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                String why = text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?") ? " (no offset: add one, e.g. +02:00)" : "";
                problem(path, "expected an ISO-8601 instant with an offset, e.g. \"2023-11-25T16:00+02:00\", found " + quote(text) + why,
                        p.currentTokenLocation());
                return null;
            }
        }

        private <T> T wrong(String path, String expected) throws IOException {
            problem(path, "expected " + expected + ", found " + describe(p.currentToken()), p.currentTokenLocation());
            p.skipChildren();
            return null;
        }

        private String describe(JsonToken t) throws IOException {
            if (t == null) {
                return "the end of the file";
            }
            return switch (t) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "a list";
                case VALUE_STRING -> quote(p.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> abbreviate(p.getText());
                case VALUE_TRUE -> "true";
                case VALUE_FALSE -> "false";
                case VALUE_NULL -> "null";
                default -> t.asString() == null ? t.name() : t.asString();
            };
        }

        private void problem(String path, String message, JsonLocation at) {
            if (problems.size() >= MAX_PROBLEMS) {
                throw new TooManyProblems();
            }
            problems.add(new Problem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), path, message));
        }

        private String currentPath() {
            return pathOf(p.getParsingContext());
        }

        private Problem syntaxProblem(JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            StrictUtf8.Place bad = bytes.firstBad();
            // Jackson cannot read past a byte that is not UTF-8 without stopping there: an error it reports at or after
            // the first such byte is that byte. In a string, Jackson places it a byte late, or at the end of a name
            // with the wrong path; where it was given 0xFE, it names a byte the file does not hold. Outside a string
            // it names the file's own byte where it stands, as for binary junk, and is left to say so.
            if (bad != null && (at.getByteOffset() < 0 || at.getByteOffset() >= bad.offset()) && (bad.stringStart() >= 0 || bad.replaced())) {
                return notUtf8Problem(bad);
            }
            return new Problem(file, at.getLineNr(), at.getColumnNr(), currentPath(), JsonSyntax.explain(e.getOriginalMessage()));
        }

        /**
         * Bytes that are not UTF-8, at the first of them. Its path is the field whose value holds them; in a field
         * name, which cannot be read, the path of the object the name is in: Jackson's context still names the field
         * before it, or none.
         */
        private Problem notUtf8Problem(StrictUtf8.Place bad) {
            String path = currentPath();
            boolean inThisValue = p.currentToken() == JsonToken.VALUE_STRING && p.currentTokenLocation().getByteOffset() == bad.stringStart();
            if (bad.stringStart() >= 0 && !inThisValue && p.getParsingContext().inObject()) {
                path = pathOf(p.getParsingContext(), false);
            }
            return new Problem(file, bad.line(), bad.column(), path, JsonSyntax.NOT_UTF8);
        }

        private Problem limitProblem(StreamConstraintsException e) {
            JsonLocation at = p.currentLocation();
            String message = e.getOriginalMessage();
            String which;
            String more;
            if (message.contains("nesting depth")) {
                which = "objects and lists nested at most " + limits.maxNestingDepth() + " deep (--max-depth raises it)";
                more = "deeper nesting";
            } else if (message.contains("String value length")) {
                // Jackson applies the string limit to the text of any token being read, an endless number too.
                which = "strings of at most " + limits.maxStringLength() + " characters (--max-string raises it)";
                more = "a longer string or number";
            } else if (message.contains("Name length")) {
                which = "field names of at most " + Limits.MAX_NAME_LENGTH + " characters";
                more = "a longer one";
            } else if (message.contains("Number value length")) {
                which = "numbers of at most " + limits.maxNumberLength() + " digits (a count has at most 19)";
                more = "a longer one";
            } else if (message.contains("Document length")) {
                which = limits.documentLimit();
                more = "a longer one";
            } else {
                which = "a file within truce's reading limits";
                more = "more: " + message;
            }
            return new Problem(file, at.getLineNr(), at.getColumnNr(), currentPath(), "expected " + which + ", found " + more);
        }

        /** The fields of one object as read so far; {@code complete} turns false when one of them had a problem. */
        private final class Fields {
            private final Map<String, Object> values = new HashMap<>();
            boolean complete = true;

            void put(String name, Object value) {
                if (value == null) {
                    complete = false;
                }
                values.put(name, value);
            }

            void id(String path, Map<String, JsonLocation> seen, String what) throws IOException {
                JsonLocation loc = p.currentTokenLocation();
                String id = string(path);
                if (id != null) {
                    JsonLocation first = seen.putIfAbsent(id, loc);
                    if (first != null) {
                        problem(path, "expected each " + what + " id once, found " + quote(id) + " again (first at line " + first.getLineNr() + ")", loc);
                    }
                }
                if (id != null) {
                    if (seen == sourceIds) {
                        sourceIdsRead++;
                    } else if (seen == prisonerIdLocations) {
                        prisonerIdsRead++;
                    }
                }
                put("id", id);
            }

            Object get(String name) {
                return values.get(name);
            }

            String s(String name) {
                return (String) values.get(name);
            }

            Long l(String name) {
                return (Long) values.get(name);
            }

            LocalDate d(String name) {
                return (LocalDate) values.get(name);
            }
        }
    }

    private static String pathOf(com.fasterxml.jackson.core.JsonStreamContext context) {
        return pathOf(context, true);
    }

    /** The path of a context; of an object's context without the name of its current field when {@code withName} is false. */
    private static String pathOf(com.fasterxml.jackson.core.JsonStreamContext context, boolean withName) {
        List<String> parts = new ArrayList<>();
        for (var c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null && (withName || c != context)) {
                parts.add(0, "." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        if (path.isEmpty()) {
            return "$";
        }
        if (path.length() > 120) {
            path = path.substring(0, 60) + "…" + path.substring(path.length() - 40);
        }
        return path.startsWith(".") ? path.substring(1) : path;
    }

    static String quote(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "…" : text;
        return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String abbreviate(String number) {
        return number.length() > 40 ? number.substring(0, 37) + "…" : number;
    }

    /** Thrown when a file has more problems than are worth listing. */
    private static final class TooManyProblems extends RuntimeException {
        TooManyProblems() {
            super(null, null, false, false);
        }
    }

    @FunctionalInterface
    private interface FieldReader {
        void read(String name, String path) throws IOException;
    }

    @FunctionalInterface
    private interface ElementReader<T> {
        T read(String path) throws IOException;
    }

    private record Reference(Kind kind, String id, String path, JsonLocation location) {
        enum Kind { SOURCE, PRISONER, PARTY, TERM, FINDING }
    }

}
