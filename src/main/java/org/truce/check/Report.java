package org.truce.check;

import org.truce.factset.FactSet;
import org.truce.rulebook.ClauseIndex;

import java.util.List;
import java.util.Map;

/**
 * The result of one check: the findings and claim verdicts, sorted, with the fact set and clause index they came
 * from, the parameters in force, the calendar of pause days, the facts the agreement's summariser gave the rules
 * (what its charts draw), and notes (such as days outside the pause, to which no term applies).
 */
public record Report(FactSet facts, ClauseIndex index, Map<String, Long> parameters, Calendar calendar, List<Object> summaries,
                     List<Finding> findings, List<ClaimVerdict> claims, List<String> notes) {
    public Report {
        parameters = Map.copyOf(parameters);
        summaries = List.copyOf(summaries);
        findings = List.copyOf(findings);
        claims = List.copyOf(claims);
        notes = List.copyOf(notes);
    }

    /** True when at least one finding is VIOLATED. */
    public boolean anyViolated() {
        return findings.stream().anyMatch(f -> f.status() == Status.VIOLATED);
    }
}
