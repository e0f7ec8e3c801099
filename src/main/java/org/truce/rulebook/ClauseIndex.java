package org.truce.rulebook;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The clause index of one agreement: every clause as reported, who reported it, whether the accounts differ, the
 * party bound, and the term that models it (or why none does); the pause calendar; the numbers of the rule set.
 */
public record ClauseIndex(String agreement, String title, String note, List<String> parties, PauseTerms pause,
                          List<ParameterSpec> parameters, List<Clause> clauses) {

    public ClauseIndex {
        parties = parties == null ? List.of() : List.copyOf(parties);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }

    /** The clause with this id. A plain scan: it runs for every finding, over a few dozen clauses. */
    public Optional<Clause> clause(String id) {
        for (Clause c : clauses) {
            if (c.id().equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The clause that the term with this slug models. */
    public Optional<Clause> clauseOfTerm(String term) {
        for (Clause c : clauses) {
            if (term.equals(c.term())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** When the pause starts and how many days it has before any extension. */
    public record PauseTerms(String start, int initialDays, List<String> clauses) {
    }

    /**
     * A number of the rule set, with the clause it belongs to and its meaning in words. {@code value} is null where the
     * readings of its clause each set it (no reading is the default), and a reading's value replaces it under that reading.
     */
    public record ParameterSpec(String name, Long value, String clause, String meaning) {
    }

    /**
     * One way a clause was reported or argued : its id (a slug unique within the clause), the reading in one
     * sentence, who holds it, its sources, and the parameters it sets. The rules evaluate every reading in one session.
     */
    public record ReadingSpec(String id, String text, List<String> heldBy, List<String> sources, Map<String, Long> parameters) {
        public ReadingSpec {
            heldBy = heldBy == null ? List.of() : List.copyOf(heldBy);
            sources = sources == null ? List.of() : List.copyOf(sources);
            parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(parameters));
        }
    }

    /** How a clause is known (SPEC v2 §11): who reported it, and whether the accounts of it differ. */
    public static final List<String> PROVENANCES = List.of("both-parties", "one-party", "mediators", "press", "disputed");

    /**
     * One clause of the agreement as reported. {@code provenance} is one of {@link #PROVENANCES}, required of every
     * clause; {@code provenanceParty} names the party for {@code one-party} and is null otherwise.
     */
    public record Clause(String id, String heading, String text, List<String> reportedBy, List<String> sources,
                         boolean disputed, String provenance, String provenanceParty, String accounts, String party,
                         String term, String notModelled, List<ReadingSpec> readings) {
        @JsonCreator
        public Clause {
            reportedBy = reportedBy == null ? List.of() : List.copyOf(reportedBy);
            sources = sources == null ? List.of() : List.copyOf(sources);
            readings = readings == null ? List.of() : List.copyOf(readings);
        }

        /** A clause reported one way only. */
        public Clause(String id, String heading, String text, List<String> reportedBy, List<String> sources,
                      boolean disputed, String provenance, String provenanceParty, String accounts, String party,
                      String term, String notModelled) {
            this(id, heading, text, reportedBy, sources, disputed, provenance, provenanceParty, accounts, party, term, notModelled, List.of());
        }

        /** The reading of this clause with this id. */
        public Optional<ReadingSpec> reading(String id) {
            return readings.stream().filter(r -> r.id().equals(id)).findFirst();
        }

        /** True when a term of the rule set models this clause. */
        public boolean modelled() {
            return term != null;
        }
    }
}
