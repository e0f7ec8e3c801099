package org.truce.check;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run changes of the agreement as reported: parameters set by hand ({@code --set}), readings a clause is kept
 * to ({@code --reading}), and rules from a folder of the user's ({@code --rules}, as typed; null for the bundled rule
 * set). Every report says so in its header, so that a what-if cannot pass for the analysis of the agreement as reported.
 * {@code asOf} ({@code --as-of}; null for everything) is not a what-if: it keeps only the reports published by then,
 * and every report says that too.
 */
public record Scenario(Map<String, Long> overrides, Map<String, String> readings, String rulesFrom, AsOf asOf) {

    /** The agreement as reported, with its bundled rules. */
    public static final Scenario AS_REPORTED = new Scenario(Map.of(), Map.of(), null);

    /** A scenario that counts every report, whenever it was published. */
    public Scenario(Map<String, Long> overrides, Map<String, String> readings, String rulesFrom) {
        this(overrides, readings, rulesFrom, null);
    }

    public Scenario {
        overrides = java.util.Collections.unmodifiableMap(new TreeMap<>(overrides));
        readings = java.util.Collections.unmodifiableMap(new TreeMap<>(readings));
    }

    /** This scenario as of {@code asOf}. */
    public Scenario withAsOf(AsOf asOf) {
        return new Scenario(overrides, readings, rulesFrom, asOf);
    }

    /** True when the run is the agreement as reported, with the bundled rules. */
    public boolean asReported() {
        return overrides.isEmpty() && readings.isEmpty() && rulesFrom == null;
    }

    /** One line per change, for the header of every report format; empty for a run as reported. */
    public List<String> whatIf() {
        List<String> lines = new java.util.ArrayList<>();
        readings.forEach((clause, id) -> lines.add("what-if: clause " + clause + " read only as " + id + ", its other readings set aside"));
        overrides.forEach((name, value) -> lines.add("what-if: " + name + " = " + value + ", not as reported"));
        if (rulesFrom != null) {
            lines.add("what-if: rules from " + rulesFrom + ", not the bundled rule set");
        }
        return List.copyOf(lines);
    }
}
