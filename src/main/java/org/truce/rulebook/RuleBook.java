package org.truce.rulebook;

import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

import java.nio.file.Path;
import java.util.List;

/** A compiled rule set: the agreement's DRL rules in a KieBase, with its clause index. */
public record RuleBook(Path folder, ClauseIndex index, KieBase kieBase, List<Rule> rules) {
    public RuleBook {
        rules = List.copyOf(rules);
    }
}
