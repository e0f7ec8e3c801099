package org.truce.rulebook;

import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.truce.factset.Problem;

import java.nio.file.Path;
import java.util.List;

/** A compiled rule set: the agreement's DRL rules in a KieBase, with its clause index and what the builder warned of. */
public record RuleBook(Path folder, ClauseIndex index, KieBase kieBase, List<Rule> rules, List<Problem> warnings) {
    public RuleBook {
        rules = List.copyOf(rules);
        warnings = List.copyOf(warnings);
    }

    /** A rule set the builder had no warning about. */
    public RuleBook(Path folder, ClauseIndex index, KieBase kieBase, List<Rule> rules) {
        this(folder, index, kieBase, rules, List.of());
    }
}
