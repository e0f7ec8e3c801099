package org.truce.check;

import org.truce.rulebook.ClauseIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Notes on readings that the rules did not evaluate as the clause index says: a reading in force under which no rule
 * made an obligation while others did (say, a reading renamed in an edited clause index), and a clause with readings
 * whose rules made obligations under none. Either would otherwise change outcomes without a word.
 */
final class ReadingNotes {

    private ReadingNotes() {
    }

    static List<String> of(ClauseIndex index, List<ReadingInForce> readings, List<Obligation> obligations) {
        List<String> notes = new ArrayList<>();
        Set<String> clauses = new LinkedHashSet<>();
        readings.forEach(r -> clauses.add(r.clause()));
        if (clauses.isEmpty()) {
            return notes;
        }
        // One pass over the obligations: per clause with readings, the readings some rule evaluated, and the rules that
        // made an obligation under none.
        Map<String, Set<String>> evaluatedOf = new HashMap<>();
        Map<String, Set<String>> rulesWithoutOf = new HashMap<>();
        for (Obligation o : obligations) {
            if (clauses.contains(o.clause())) {
                if (o.reading() == null) {
                    rulesWithoutOf.computeIfAbsent(o.clause(), c -> new TreeSet<>()).add(o.rule());
                } else {
                    evaluatedOf.computeIfAbsent(o.clause(), c -> new HashSet<>()).add(o.reading());
                }
            }
        }
        for (String clause : clauses) {
            Set<String> evaluated = evaluatedOf.getOrDefault(clause, Set.of());
            Set<String> rulesWithout = rulesWithoutOf.getOrDefault(clause, Set.of());
            if (evaluated.isEmpty() && rulesWithout.isEmpty()) {
                continue; // the term applied on no day of this check
            }
            for (String rule : rulesWithout) {
                notes.add("clause " + clause + " has readings, but rule \"" + rule + "\" evaluates it under none of them: its findings mix the readings");
            }
            for (ReadingInForce r : readings) {
                if (r.clause().equals(clause) && !evaluated.contains(r.id()) && !evaluated.isEmpty()) {
                    notes.add("reading " + r.id() + " of clause " + clause + " formed no obligation in this check: no rule of the rule set"
                            + " evaluates it, so its findings are UNDETERMINED under it");
                }
            }
        }
        return notes;
    }
}
