package org.truce.check;

import java.util.List;
import java.util.Map;

/**
 * A reading of a clause as this run evaluated it: its id, the reading in one sentence, who holds it, its sources,
 * and the parameters it sets (after any {@code --set}). The report lists each under its clause.
 */
public record ReadingInForce(String clause, String id, String text, List<String> heldBy, List<String> sources, Map<String, Long> parameters) {
    public ReadingInForce {
        heldBy = List.copyOf(heldBy);
        sources = List.copyOf(sources);
        parameters = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(parameters));
    }
}
