package org.truce.agreements.gaza_2025_01;

import org.truce.check.Finding;
import org.truce.check.Report;
import org.truce.factset.FactSet;
import org.truce.testing.FactSetBuilder;
import org.truce.testing.RuleBooks;

import java.util.Map;

/** Checks an in-memory fact set of the second agreement against its bundled rules, and looks findings up by id. */
final class Terms {
    private Terms() {
    }

    static FactSetBuilder facts() {
        return FactSetBuilder.facts().agreement("gaza-2025-01");
    }

    static Report check(FactSet facts) {
        return check(facts, Map.of());
    }

    static Report check(FactSet facts, Map<String, Long> overrides) {
        return RuleBooks.checker("gaza-2025-01", rule -> { }).check(facts, RuleBooks.bundled("gaza-2025-01"), overrides);
    }

    static Finding finding(Report report, String id) {
        return report.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(
                "no finding " + id + " among " + report.findings().stream().map(Finding::id).toList()));
    }

    static boolean has(Report report, String id) {
        return report.findings().stream().anyMatch(f -> f.id().equals(id));
    }
}
