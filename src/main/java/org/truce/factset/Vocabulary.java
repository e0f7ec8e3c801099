package org.truce.factset;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** What a fact set may name: the agreements that have a rule set, and each one's parties, terms and pause days. */
public interface Vocabulary {

    /** The agreement's parties and the term slugs and clause ids a claim may name, or empty for an unknown agreement. */
    Optional<Agreement> agreement(String id);

    /** The agreements known, for the message that names an unknown one. */
    Set<String> agreements();

    /**
     * The words of one agreement: its parties, the term slugs and clause ids a claim may name, the slugs of the terms
     * that have findings, and the pause before any extension (its first day and how many days it has).
     */
    record Agreement(Set<String> parties, Set<String> claimTerms, Set<String> terms, LocalDate pauseStart, int initialDays) {
        public Agreement {
            parties = Set.copyOf(parties);
            claimTerms = Set.copyOf(claimTerms);
            terms = Set.copyOf(terms);
        }

        /** The last pause day once the fact set's extensions add {@code extensionDays}. */
        public LocalDate lastPauseDay(long extensionDays) {
            return pauseStart.plusDays(initialDays + extensionDays - 1);
        }
    }
}
