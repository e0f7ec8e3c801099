package org.truce.rulebook;

import org.truce.factset.Problem;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What a clause index must say before its rules are compiled: each problem of the file, together, with its path. */
final class IndexCheck {

    /** The largest value of a parameter: as large as any count a fact set may hold, and as {@code --set} accepts. */
    private static final long MAX_VALUE = 1_000_000_000L;

    private static final Pattern READING_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private IndexCheck() {
    }

    static List<Problem> problems(ClauseIndex index, String file) {
        List<Problem> problems = new ArrayList<>();
        if (index.agreement() == null) {
            problems.add(new Problem(file, 0, 0, "agreement", "expected the agreement id, found none"));
        }
        if (index.parties().isEmpty()) {
            problems.add(new Problem(file, 0, 0, "parties", "expected the parties of the agreement, found none"));
        }
        if (index.pause() == null) {
            problems.add(new Problem(file, 0, 0, "pause", "expected the pause's start and initial days, found none"));
        } else {
            try {
                OffsetDateTime.parse(String.valueOf(index.pause().start()));
            } catch (DateTimeParseException e) {
                problems.add(new Problem(file, 0, 0, "pause.start", "expected an ISO-8601 instant with an offset, found \"" + index.pause().start() + "\""));
            }
            if (index.pause().initialDays() < 1) {
                problems.add(new Problem(file, 0, 0, "pause.initialDays", "expected a whole number ≥ 1, found " + index.pause().initialDays()));
            }
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < index.clauses().size(); i++) {
            ClauseIndex.Clause c = index.clauses().get(i);
            String path = "clauses[" + i + "]";
            if (c.id() == null || c.text() == null || c.party() == null) {
                problems.add(new Problem(file, 0, 0, path, "expected id, text and party, found " + (c.id() == null ? "no id" : c.text() == null ? "no text" : "no party")));
                continue;
            }
            if (!ids.add(c.id())) {
                problems.add(new Problem(file, 0, 0, path + ".id", "expected each clause id once, found \"" + c.id() + "\" again"));
            }
            if (c.provenance() == null) {
                problems.add(new Problem(file, 0, 0, path + ".provenance", "expected how the clause is known, one of "
                        + String.join(", ", ClauseIndex.PROVENANCES) + ", found none"));
            } else if (!ClauseIndex.PROVENANCES.contains(c.provenance())) {
                problems.add(new Problem(file, 0, 0, path + ".provenance", "expected one of " + String.join(", ", ClauseIndex.PROVENANCES)
                        + ", found \"" + c.provenance() + "\""));
            } else if (c.provenance().equals("one-party") != (c.provenanceParty() != null)) {
                problems.add(new Problem(file, 0, 0, path + ".provenanceParty", "expected provenanceParty exactly when provenance is one-party, found "
                        + (c.provenanceParty() == null ? "none" : "\"" + c.provenanceParty() + "\" with " + c.provenance())));
            } else if (c.provenanceParty() != null && !index.parties().contains(c.provenanceParty())) {
                problems.add(new Problem(file, 0, 0, path + ".provenanceParty", "expected a party of the agreement, found \"" + c.provenanceParty() + "\""));
            } else if (c.disputed() != c.provenance().equals("disputed")) {
                problems.add(new Problem(file, 0, 0, path + ".disputed", "expected disputed to be true exactly when provenance is disputed, found "
                        + c.disputed() + " with " + c.provenance()));
            }
            if (c.modelled() == (c.notModelled() != null)) {
                problems.add(new Problem(file, 0, 0, path, "expected either a term or a notModelled reason, found "
                        + (c.modelled() ? "both" : "neither")));
            }
            problems.addAll(checkReadings(index, c, path, file));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < index.parameters().size(); i++) {
            ClauseIndex.ParameterSpec p = index.parameters().get(i);
            if (p.name() == null || !names.add(p.name())) {
                problems.add(new Problem(file, 0, 0, "parameters[" + i + "].name", "expected a unique parameter name, found " + (p.name() == null ? "none" : "\"" + p.name() + "\" again")));
            }
            if (p.clause() != null && !ids.contains(p.clause())) {
                problems.add(new Problem(file, 0, 0, "parameters[" + i + "].clause", "expected a clause id of the index, found \"" + p.clause() + "\""));
            } else if (p.value() == null) {
                List<ClauseIndex.ReadingSpec> readings = p.clause() == null ? List.of()
                        : index.clause(p.clause()).map(ClauseIndex.Clause::readings).orElse(List.of());
                List<String> without = readings.stream().filter(r -> !r.parameters().containsKey(p.name())).map(ClauseIndex.ReadingSpec::id).toList();
                if (readings.isEmpty() || !without.isEmpty()) {
                    problems.add(new Problem(file, 0, 0, "parameters[" + i + "].value", "expected a value, or one set by every reading of clause "
                            + p.clause() + ", found none" + (without.isEmpty() ? "" : " in " + String.join(", ", without))));
                }
            }
        }
        return problems;
    }

    /** A clause's readings: ids that are slugs, once each; text and who holds each; parameters of the index that belong to the clause. */
    private static List<Problem> checkReadings(ClauseIndex index, ClauseIndex.Clause c, String path, String file) {
        List<Problem> problems = new ArrayList<>();
        if (!c.readings().isEmpty() && !c.modelled()) {
            problems.add(new Problem(file, 0, 0, path + ".readings", "expected readings only on a clause that a term models, found "
                    + c.readings().size() + " on a clause with none"));
        }
        if (c.readings().size() == 1) {
            problems.add(new Problem(file, 0, 0, path + ".readings", "expected two readings or more (a clause reported one way has none), found one"));
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < c.readings().size(); j++) {
            ClauseIndex.ReadingSpec r = c.readings().get(j);
            String at = path + ".readings[" + j + "]";
            if (r.id() == null || !READING_ID.matcher(r.id()).matches()) {
                problems.add(new Problem(file, 0, 0, at + ".id", "expected a slug (lower-case letters, digits and dashes), found "
                        + (r.id() == null ? "none" : "\"" + r.id() + "\"")));
            } else if (!seen.add(r.id())) {
                problems.add(new Problem(file, 0, 0, at + ".id", "expected each reading id once in the clause, found \"" + r.id() + "\" again"));
            }
            if (r.text() == null || r.text().isBlank()) {
                problems.add(new Problem(file, 0, 0, at + ".text", "expected the reading in one sentence, found none"));
            }
            if (r.heldBy().isEmpty()) {
                problems.add(new Problem(file, 0, 0, at + ".heldBy", "expected who holds the reading (parties, mediators, publishers), found none"));
            }
            r.parameters().forEach((name, value) -> {
                if (value == null || value < 0 || value > MAX_VALUE) {
                    problems.add(new Problem(file, 0, 0, at + ".parameters." + name, "expected a whole number from 0 to " + MAX_VALUE + ", found "
                            + (value == null ? "none" : value)));
                }
            });
            for (String name : r.parameters().keySet()) {
                var spec = index.parameters().stream().filter(p -> name.equals(p.name())).findFirst();
                if (spec.isEmpty() || !c.id().equals(spec.get().clause())) {
                    problems.add(new Problem(file, 0, 0, at + ".parameters." + name, "expected a parameter of clause " + c.id() + " in the index's parameters, found "
                            + (spec.isEmpty() ? "none of that name" : "one of clause " + spec.get().clause())));
                }
            }
        }
        return problems;
    }
}
