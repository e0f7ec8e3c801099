package org.truce.check;

import org.truce.factset.FactSet;
import org.truce.rulebook.ClauseIndex;

import java.util.List;
import java.util.Map;

/**
 * The result of one check: the findings and claim verdicts, sorted, with the fact set and clause index they came
 * from, the parameters in force, and notes (such as days outside the pause, to which no term applies).
 */
public record Report(FactSet facts, ClauseIndex index, Map<String, Long> parameters, List<Finding> findings,
                     List<ClaimVerdict> claims, List<String> notes) {
    public Report {
        parameters = Map.copyOf(parameters);
        findings = List.copyOf(findings);
        claims = List.copyOf(claims);
        notes = List.copyOf(notes);
    }

    /** True when at least one finding is VIOLATED. */
    public boolean anyViolated() {
        return findings.stream().anyMatch(f -> f.status() == Status.VIOLATED);
    }
}
