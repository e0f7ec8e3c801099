package org.truce.check;

import org.truce.rulebook.ClauseIndex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The readings and parameters of a run: every reading of every clause, or the one a {@code --reading} keeps; each
 * parameter once for a clause reported one way, once per reading for a clause with readings (the reading's value,
 * else the index's); each {@code --set} replacing its parameter under every reading. {@code whole} holds the
 * parameters that have one value in the run, whatever the reading.
 */
record InForce(List<ReadingInForce> readings, List<Parameter> parameters, Map<String, Long> whole) {

    static InForce of(ClauseIndex index, Scenario scenario) {
        Set<String> names = new HashSet<>();
        index.parameters().forEach(p -> names.add(p.name()));
        scenario.overrides().keySet().forEach(name -> {
            if (!names.contains(name)) {
                throw new Checker.UnknownParameterException("no parameter named " + name + " in the rule set; it has "
                        + String.join(", ", new java.util.TreeSet<>(names)));
            }
        });
        scenario.readings().forEach((clause, id) -> {
            List<ClauseIndex.ReadingSpec> of = index.clause(clause).map(ClauseIndex.Clause::readings).orElse(List.of());
            if (of.isEmpty()) {
                throw new Checker.UnknownReadingException("no clause " + clause + " with readings in the rule set; the readings are those of "
                        + withReadings(index));
            }
            if (of.stream().noneMatch(r -> r.id().equals(id))) {
                throw new Checker.UnknownReadingException("clause " + clause + " has no reading " + id + "; its readings are "
                        + String.join(", ", of.stream().map(ClauseIndex.ReadingSpec::id).toList()));
            }
        });

        Map<String, List<ClauseIndex.ReadingSpec>> kept = new LinkedHashMap<>();
        List<ReadingInForce> readings = new ArrayList<>();
        for (ClauseIndex.Clause c : index.clauses()) {
            String only = scenario.readings().get(c.id());
            List<ClauseIndex.ReadingSpec> keep = c.readings().stream().filter(r -> only == null || r.id().equals(only)).toList();
            kept.put(c.id(), keep);
            for (ClauseIndex.ReadingSpec r : keep) {
                Map<String, Long> set = new TreeMap<>(r.parameters());
                set.replaceAll((name, value) -> scenario.overrides().getOrDefault(name, value));
                readings.add(new ReadingInForce(c.id(), r.id(), r.text(), r.heldBy(), r.sources(), set));
            }
        }

        List<Parameter> parameters = new ArrayList<>();
        Map<String, Long> whole = new TreeMap<>();
        for (ClauseIndex.ParameterSpec p : index.parameters()) {
            Long override = scenario.overrides().get(p.name());
            List<ClauseIndex.ReadingSpec> of = p.clause() == null ? List.of() : kept.getOrDefault(p.clause(), List.of());
            if (of.isEmpty()) {
                long value = override != null ? override : p.value();
                parameters.add(new Parameter(p.name(), value));
                whole.put(p.name(), value);
                continue;
            }
            Set<Long> values = new HashSet<>();
            for (ClauseIndex.ReadingSpec r : of) {
                long value = override != null ? override : r.parameters().getOrDefault(p.name(), p.value());
                parameters.add(new Parameter(p.name(), value, r.id()));
                values.add(value);
            }
            if (values.size() == 1) {
                whole.put(p.name(), values.iterator().next());
            }
        }
        return new InForce(List.copyOf(readings), List.copyOf(parameters), java.util.Collections.unmodifiableMap(whole));
    }

    private static String withReadings(ClauseIndex index) {
        List<String> ids = index.clauses().stream().filter(c -> !c.readings().isEmpty())
                .map(c -> c.id() + " (" + String.join(", ", c.readings().stream().map(ClauseIndex.ReadingSpec::id).toList()) + ")").toList();
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }
}
