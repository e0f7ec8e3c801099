package org.truce.check;

import org.truce.factset.FactSet;
import org.truce.rulebook.ClauseIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The result of one check: the findings and claim verdicts, sorted, with the fact set and clause index they came
 * from, the parameters in force for the whole run ({@code parameters}; a parameter whose readings set it differently
 * is in {@code readings} instead), the readings in force, what the run changed of the agreement as reported
 * ({@code scenario}), the calendar of pause days, the facts the agreement's summariser gave the rules (what its charts
 * draw), and notes (such as days outside the pause, to which no term applies).
 */
public record Report(FactSet facts, ClauseIndex index, Map<String, Long> parameters, Calendar calendar, List<Object> summaries,
                     List<Finding> findings, List<ClaimVerdict> claims, List<String> notes, List<ReadingInForce> readings, Scenario scenario) {
    public Report {
        parameters = Map.copyOf(parameters);
        summaries = List.copyOf(summaries);
        findings = List.copyOf(findings);
        claims = List.copyOf(claims);
        notes = List.copyOf(notes);
        readings = List.copyOf(readings);
    }

    /** A report of a run as reported, of clauses reported one way only. */
    public Report(FactSet facts, ClauseIndex index, Map<String, Long> parameters, Calendar calendar, List<Object> summaries,
                  List<Finding> findings, List<ClaimVerdict> claims, List<String> notes) {
        this(facts, index, parameters, calendar, summaries, findings, claims, notes, List.of(), Scenario.AS_REPORTED);
    }

    /** True when at least one finding is VIOLATED. */
    public boolean anyViolated() {
        return findings.stream().anyMatch(f -> f.status() == Status.VIOLATED);
    }

    /** Every value the parameter of this name has in the run, lowest first: one, or one per reading that sets it differently. */
    public List<Long> values(String name) {
        TreeSet<Long> values = new TreeSet<>();
        Long whole = parameters.get(name);
        if (whole != null) {
            values.add(whole);
        }
        readings.forEach(r -> {
            Long v = r.parameters().get(name);
            if (v != null) {
                values.add(v);
            }
        });
        return List.copyOf(values);
    }

    /** The readings in force of the clause with this id, in the order of the clause index. */
    public List<ReadingInForce> readingsOf(String clause) {
        List<ReadingInForce> of = new ArrayList<>();
        readings.forEach(r -> {
            if (r.clause().equals(clause)) {
                of.add(r);
            }
        });
        return of;
    }
}
