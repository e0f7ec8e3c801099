package org.truce.check;

import org.kie.api.definition.rule.Rule;
import org.truce.rulebook.Metadata;

import java.time.LocalDate;

/**
 * A term that applies on a date, inserted by the rule of the clause that says when the term applies.
 * The clause and term come from that rule's metadata; {@code party} is null where the clause index names the party;
 * {@code reading} is the id of the reading of the clause the obligation holds under, null for a clause reported one way.
 * An obligation over several days runs from {@code date} to {@code to}; {@code to} is null for one date.
 */
public record Obligation(String term, String clause, LocalDate date, String party, String reading, String rule, String requirement, String needs,
                         LocalDate to) {

    /** An obligation of one date. */
    public Obligation(String term, String clause, LocalDate date, String party, String reading, String rule, String requirement, String needs) {
        this(term, clause, date, party, reading, rule, requirement, needs, null);
    }

    /**
     * The obligation that {@code rule} finds over the days {@code from} to {@code to}, under {@code reading}: what a total
     * over several days, as one source reported it, can show of a term that applies on each of those days.
     */
    public static Obligation over(Rule rule, LocalDate from, LocalDate to, String reading, String requirement, String needs) {
        return new Obligation(Metadata.term(rule), Metadata.clause(rule), from, null, reading, rule.getName(), requirement, needs, to);
    }

    /** The obligation that {@code rule} finds on {@code date}, for the party the clause index names. */
    public static Obligation of(Rule rule, LocalDate date, String requirement, String needs) {
        return of(rule, date, null, requirement, needs);
    }

    /** The obligation that {@code rule} finds on {@code date} for {@code party}. */
    public static Obligation of(Rule rule, LocalDate date, String party, String requirement, String needs) {
        return of(rule, date, party, null, requirement, needs);
    }

    /** The obligation that {@code rule} finds on {@code date} for {@code party} (null: the index's), under {@code reading}. */
    public static Obligation of(Rule rule, LocalDate date, String party, String reading, String requirement, String needs) {
        return new Obligation(Metadata.term(rule), Metadata.clause(rule), date, party, reading, rule.getName(), requirement, needs);
    }
}
