package org.truce.factset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One reading of one file against {@link TruceFacts1}: the located JSON reader, plus what the checks between
 * records need: the ids each list declares, the references waiting for a list that comes later in the file, and the
 * agreement whose parties, terms and pause days a fact set may name.
 */
final class Reading extends JsonReader {

    private final Vocabulary vocabulary;
    private final Map<Schema.Ids<?>, Declared<?>> declared = new IdentityHashMap<>();
    private final List<Reference> pending = new ArrayList<>();
    private Vocabulary.Agreement agreement;
    private final List<Reference> claimWords = new ArrayList<>();
    /** The findings claims answer, checked at the end: the pause days depend on extensions, which may come later. */
    private final List<Reference> answered = new ArrayList<>();
    private final List<Reference> periods = new ArrayList<>();
    /** The pause days the extensions read so far add (see {@link #addPauseDays}). */
    private long pauseDaysAdded;
    private long extensionDays;
    private boolean extensionsUnknown;

    Reading(JsonParser parser, String file, StrictUtf8 bytes, Limits limits, Vocabulary vocabulary) {
        super(parser, file, bytes, limits);
        this.vocabulary = vocabulary;
    }

    FactSet read() throws InvalidInputException, IOException {
        try {
            if (p.nextToken() == null) {
                throw new InvalidInputException(List.of(new Problem(file, 1, 1, "$", "expected " + TruceFacts1.EXPECTED + ", found an empty file")));
            }
            FactSet factSet = TruceFacts1.FactSets.TYPE.read(this, "$");
            if (p.nextToken() != null) {
                problem("$", "expected the end of the file after the fact set, found " + describe(p.currentToken()), p.currentTokenLocation());
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
            throw new InvalidInputException(List.of(charConversionProblem(e)));
        } catch (TooManyProblems e) {
            throw new InvalidInputException(tooMany());
        }
    }

    // ---- ids and references between lists -----------------------------------------------------------------

    /** The ids of one kind read so far, where each was first, and whether the list that declares them has been read. */
    private static final class Declared<K> {
        final Map<K, JsonLocation> first = new HashMap<>();
        int read;
        boolean listRead;
        /** Some entry's id could not be read: then a reference to nothing is not reported. */
        boolean unknown;
    }

    @SuppressWarnings("unchecked")
    private <K> Declared<K> declared(Schema.Ids<K> ids) {
        return (Declared<K>) declared.computeIfAbsent(ids, k -> new Declared<>());
    }

    <K> void declare(Schema.Ids<K> ids, K id, String path, JsonLocation at) {
        Declared<K> d = declared(ids);
        JsonLocation first = d.first.putIfAbsent(id, at);
        if (first != null) {
            problem(path, "expected each " + ids.each() + ", found " + Schema.shown(id) + " again (first at line " + first.getLineNr() + ")", at);
        }
        d.read++;
    }

    <K> void listRead(Schema.Ids<K> ids, int elements, boolean isList) {
        Declared<K> d = declared(ids);
        d.unknown = !isList || elements != d.read;
        d.listRead = true;
    }

    <K> void refer(Schema.Ids<K> ids, K id, String path, JsonLocation at) {
        Declared<K> d = declared(ids);
        if (d.listRead) {
            checkReference(ids, d, id, path, at);
        } else {
            pending.add(new Reference(ids, id, path, at));
        }
    }

    private <K> void resolve(Schema.Ids<K> ids, Reference ref) {
        checkReference(ids, declared(ids), ref.id(), ref.path(), ref.location());
    }

    private <K> void checkReference(Schema.Ids<K> ids, Declared<K> d, Object id, String path, JsonLocation at) {
        if (!d.first.containsKey(id) && !d.unknown) {
            problem(path, "expected the id of an entry of " + ids.list() + ", found " + Schema.shown(id), at);
        }
    }

    // ---- the agreement ----------------------------------------------------------------------------------

    void agreement(String id, String path, JsonLocation at) {
        var found = vocabulary.agreement(id);
        if (found.isPresent()) {
            agreement = found.get();
            for (Reference word : claimWords) {
                checkClaimWord(word);
            }
            // equivalent mutant: removing clear(): agreement() runs at most once per file (a second "agreement" is refused before it is read)
            claimWords.clear();
        } else {
            problem(path, "expected an agreement that has a rule set (" + String.join(", ", new TreeSet<>(vocabulary.agreements()))
                    + "), found " + quote(id), at);
        }
    }

    void party(String party, String path, JsonLocation at) {
        claimWord(new Reference(Word.PARTY, party, path, at));
    }

    void term(String term, String path, JsonLocation at) {
        claimWord(new Reference(Word.TERM, term, path, at));
    }

    /** A note's {@code term}: a term slug with findings, checked once the agreement is known. */
    void noteTerm(String term, String path, JsonLocation at) {
        claimWord(new Reference(Word.NOTE_TERM, term, path, at));
    }

    void answers(String finding, String path, JsonLocation at) {
        answered.add(new Reference(Word.FINDING, finding, path, at));
    }

    /** A period's days are checked against the pause once the extensions and the agreement are known. */
    void period(Period period, String path, JsonLocation at) {
        periods.add(new Reference(Word.PERIOD, period, path, at));
    }

    private void claimWord(Reference word) {
        if (agreement != null) {
            checkClaimWord(word);
        } else {
            claimWords.add(word);
        }
    }

    private void checkClaimWord(Reference word) {
        String id = (String) word.id();
        if (word.kind() == Word.PARTY && !agreement.parties().contains(id)) {
            problem(word.path(), "expected a party of the agreement (" + String.join(", ", new TreeSet<>(agreement.parties()))
                    + "), found " + quote(id), word.location());
        } else if (word.kind() == Word.TERM && !agreement.claimTerms().contains(id)) {
            problem(word.path(), "expected a term slug or a clause id of the agreement's clause index, found " + quote(id), word.location());
        } else if (word.kind() == Word.NOTE_TERM && !agreement.terms().contains(id)) {
            problem(word.path(), "expected a term slug of the agreement (" + String.join(", ", new TreeSet<>(agreement.terms()))
                    + "), found " + quote(id), word.location());
        }
    }

    /**
     * Adds an extension's days to the days all extensions add; the extension at which that total first exceeds
     * the limit is the one reported. Past it nothing is added, so the total stays below the limit plus 10,000.
     */
    void addPauseDays(long days, String path, JsonLocation at) {
        if (pauseDaysAdded > limits.maxPauseDays()) {
            return;
        }
        long before = pauseDaysAdded;
        pauseDaysAdded += days;
        if (pauseDaysAdded > limits.maxPauseDays()) {
            problem(path, "expected " + limits.pauseDaysLimit() + ", found " + days + " more" + (before == 0 ? "" : " after " + before), at);
        }
    }

    /** The extensions read: the days they add end the pause; with one unread, its last day is unknown. */
    void extensionsRead(List<Extension> read, boolean clean) {
        extensionsUnknown = !clean;
        read.forEach(e -> extensionDays += e.days());
    }

    private void resolvePending() {
        for (Reference ref : pending) {
            resolve((Schema.Ids<?>) ref.kind(), ref);
        }
        // Parties, terms and findings cannot be checked against an agreement that is missing or unknown; that problem is reported once.
        if (agreement != null) {
            for (Reference ref : periods) {
                Period p = (Period) ref.id();
                LocalDate last = agreement.lastPauseDay(extensionDays);
                if (p.from().isBefore(agreement.pauseStart()) || (p.to().isAfter(last) && !extensionsUnknown)) {
                    problem(ref.path(), "expected a period within the pause days (" + agreement.pauseStart() + " to " + last + "), found "
                            + p.from() + " to " + p.to(), ref.location());
                }
            }
            for (Reference ref : answered) {
                String why = notAFinding((String) ref.id());
                if (why != null) {
                    problem(ref.path(), "expected a finding id TERM/DATE[/PARTY] or TERM/FROM..TO of the agreement, found " + quote((String) ref.id()) + " (" + why + ")",
                            ref.location());
                }
            }
        }
        // equivalent mutant: removing either clear(): resolvePending() runs once, at the end of the reading, and nothing reads these lists after it
        answered.clear();
        periods.clear();
        claimWords.clear();
        problems.sort(BY_PLACE);
    }

    /**
     * Why {@code id} is not the id of a finding of the agreement, or null when it is one: a term with findings, a
     * pause day (the initial days and the extensions of this file) or a period FROM..TO of two of them, and a party of
     * the agreement when one is named.
     */
    private String notAFinding(String id) {
        String[] parts = id.split("/", 3);
        if (!agreement.terms().contains(parts[0])) {
            return quote(parts[0]) + " is not a term slug of the agreement: " + String.join(", ", new TreeSet<>(agreement.terms()));
        }
        if (parts.length < 2) {
            return "no /DATE";
        }
        // A day's finding names its date; a period's, its first and last days (FROM..TO), the first before the last.
        String[] days = parts[1].split("\\.\\.", -1);
        if (days.length > 2) {
            return quote(parts[1]) + " is not a date YYYY-MM-DD, nor a period FROM..TO";
        }
        LocalDate previous = null;
        for (String day : days) {
            LocalDate date;
            try {
                date = LocalDate.parse(day, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                return quote(day) + " is not a date YYYY-MM-DD";
            }
            LocalDate last = agreement.lastPauseDay(extensionDays);
            // With an extension that could not be read, the last pause day is unknown: only the first is checked.
            if (date.isBefore(agreement.pauseStart()) || (date.isAfter(last) && !extensionsUnknown)) {
                return date + " is not a pause day: the pause runs " + agreement.pauseStart() + " to " + last;
            }
            if (previous != null && !date.isAfter(previous)) {
                return "a period's last day " + date + " is not after its first, " + previous;
            }
            previous = date;
        }
        if (parts.length == 3 && !agreement.parties().contains(parts[2])) {
            return quote(parts[2]) + " is not a party of the agreement: " + String.join(", ", new TreeSet<>(agreement.parties()));
        }
        return null;
    }

    /** The words of a claim or handover checked against the agreement once it is known. */
    private enum Word { PARTY, TERM, NOTE_TERM, FINDING, PERIOD }

    /** A value to check later: {@code kind} is a {@link Word} or the {@link Schema.Ids} it refers to. */
    private record Reference(Object kind, Object id, String path, JsonLocation location) {
    }
}
