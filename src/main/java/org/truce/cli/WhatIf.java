package org.truce.cli;

import org.truce.check.Scenario;
import org.truce.factset.Problem;
import org.truce.rulebook.ClauseIndex;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The what-if options of {@code check}: {@code --set NAME=VALUE} and {@code --reading CLAUSE=ID}, read into the
 * scenario of a run, and checked against a rule set's clause index, each unknown name refused with those that exist.
 */
final class WhatIf {

    /** The largest value {@code --set} accepts: as large as any count a fact set may hold. */
    static final long MAX_PARAMETER = 1_000_000_000L;

    private WhatIf() {
    }

    /** The scenario of the options, or null after printing the first problem with them on {@code err}. */
    static Scenario scenario(List<String> sets, List<String> readings, String rulesFrom, PrintWriter err) {
        Map<String, Long> parameters = new TreeMap<>();
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                err.println("truce: --set: expected NAME=VALUE, e.g. daily-aid-trucks.minimum-per-day=300, found " + Problem.quoted(set));
                return null;
            }
            String name = set.substring(0, eq).strip();
            String value = set.substring(eq + 1);
            try {
                long number = Long.parseLong(value.strip());
                if (number < 0 || number > MAX_PARAMETER) {
                    throw new NumberFormatException();
                }
                if (parameters.put(name, number) != null) {
                    err.println("truce: --set: expected each parameter once, found " + Problem.quoted(name) + " again");
                    return null;
                }
            } catch (NumberFormatException e) {
                err.println("truce: --set: expected a whole number from 0 to " + MAX_PARAMETER + " for " + Problem.quoted(name)
                        + ", found " + Problem.quoted(value));
                return null;
            }
        }
        Map<String, String> kept = new TreeMap<>();
        for (String reading : readings) {
            int eq = reading.indexOf('=');
            if (eq <= 0 || eq == reading.length() - 1) {
                err.println("truce: --reading: expected CLAUSE=ID, e.g. T06=300-including-fuel, found " + Problem.quoted(reading));
                return null;
            }
            String clause = reading.substring(0, eq).strip();
            if (kept.put(clause, reading.substring(eq + 1).strip()) != null) {
                err.println("truce: --reading: expected one reading per clause, found " + Problem.quoted(clause) + " again");
                return null;
            }
        }
        return new Scenario(parameters, kept, rulesFrom);
    }

    /** The first option of {@code scenario} that names nothing in {@code index}, as a problem naming what exists; null when none. */
    static Problem unknown(ClauseIndex index, Scenario scenario) {
        List<String> known = index.parameters().stream().map(ClauseIndex.ParameterSpec::name).sorted().toList();
        for (String name : scenario.overrides().keySet()) {
            if (!known.contains(name)) {
                return new Problem("truce: --set", 0, 0, "", "expected a parameter of the rule set of " + index.agreement() + " ("
                        + String.join(", ", known) + "), found " + Problem.quoted(name));
            }
        }
        List<String> withReadings = index.clauses().stream().filter(c -> !c.readings().isEmpty())
                .map(c -> c.id() + " (" + String.join(", ", c.readings().stream().map(ClauseIndex.ReadingSpec::id).toList()) + ")").toList();
        for (var r : scenario.readings().entrySet()) {
            var clause = index.clause(r.getKey()).filter(c -> !c.readings().isEmpty());
            if (clause.isEmpty()) {
                return new Problem("truce: --reading", 0, 0, "", "expected a clause of the rule set of " + index.agreement() + " that has readings ("
                        + (withReadings.isEmpty() ? "none has" : String.join("; ", withReadings)) + "), found " + Problem.quoted(r.getKey()));
            }
            if (clause.get().reading(r.getValue()).isEmpty()) {
                return new Problem("truce: --reading", 0, 0, "", "expected a reading of clause " + r.getKey() + " ("
                        + String.join(", ", clause.get().readings().stream().map(ClauseIndex.ReadingSpec::id).toList())
                        + "), found " + Problem.quoted(r.getValue()));
            }
        }
        return null;
    }
}
