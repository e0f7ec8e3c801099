package org.truce.check;

import org.kie.api.definition.rule.Rule;
import org.truce.rulebook.Metadata;

import java.time.LocalDate;

/**
 * A term that applies on a date, inserted by the rule of the clause that says when the term applies.
 * The clause and term come from that rule's metadata; {@code party} is null where the clause index names the party.
 */
public record Obligation(String term, String clause, LocalDate date, String party, String rule, String requirement, String needs) {

    /** The obligation that {@code rule} finds on {@code date}, for the party the clause index names. */
    public static Obligation of(Rule rule, LocalDate date, String requirement, String needs) {
        return of(rule, date, null, requirement, needs);
    }

    /** The obligation that {@code rule} finds on {@code date} for {@code party}. */
    public static Obligation of(Rule rule, LocalDate date, String party, String requirement, String needs) {
        return new Obligation(Metadata.term(rule), Metadata.clause(rule), date, party, rule.getName(), requirement, needs);
    }
}
