package org.truce.check;

import org.truce.factset.FactSet;
import org.truce.testing.RuleBooks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs the bundled rule set on an in-memory fact set and looks findings up by id. */
final class CheckFixture {
    private CheckFixture() {
    }

    static Report check(FactSet facts) {
        return RuleBooks.checker().check(facts, RuleBooks.bundled());
    }

    static Report check(FactSet facts, Map<String, Long> overrides) {
        return RuleBooks.checker().check(facts, RuleBooks.bundled(), overrides);
    }

    static Report check(FactSet facts, Scenario scenario) {
        return RuleBooks.checker().check(facts, RuleBooks.bundled(), scenario);
    }

    /** The scenario that keeps only reading {@code id} of {@code clause}, as {@code --reading CLAUSE=ID} does. */
    static Scenario only(String clause, String id) {
        return new Scenario(Map.of(), Map.of(clause, id), null);
    }

    /** The status of {@code finding} under the reading {@code id} of its clause. */
    static Status under(Finding finding, String id) {
        return finding.readings().stream().filter(r -> r.id().equals(id)).map(Finding.ReadingStatus::status).findFirst()
                .orElseThrow(() -> new AssertionError("no reading " + id + " in " + finding.id() + ": " + finding.readings()));
    }

    static Finding finding(Report report, String id) {
        return find(report, id).orElseThrow(() -> new AssertionError("no finding " + id + " among "
                + report.findings().stream().map(Finding::id).toList()));
    }

    static Optional<Finding> find(Report report, String id) {
        return report.findings().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    static List<Finding> ofTerm(Report report, String term) {
        return report.findings().stream().filter(f -> f.term().equals(term)).toList();
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
