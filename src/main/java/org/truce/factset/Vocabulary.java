package org.truce.factset;

import java.util.Optional;
import java.util.Set;

/** What a fact set may name: the agreements that have a rule set, and each one's parties and claimable terms. */
public interface Vocabulary {

    /** The agreement's parties and the term slugs and clause ids a claim may name, or empty for an unknown agreement. */
    Optional<Agreement> agreement(String id);

    /** The agreements known, for the message that names an unknown one. */
    Set<String> agreements();

    /** The words of one agreement. */
    record Agreement(Set<String> parties, Set<String> claimTerms) {
    }
}
