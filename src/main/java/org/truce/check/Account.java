package org.truce.check;

import org.kie.api.definition.rule.Rule;

import java.util.List;
import java.util.TreeSet;

/** One reading of the reports, decided by the rule named in {@code rule}: the term met or breached by that reading. */
public record Account(Obligation obligation, Status status, List<String> sources, String detail, String rule) {

    public Account {
        sources = List.copyOf(new TreeSet<>(sources));
    }

    /** The account that {@code rule} decides for {@code obligation}, from the figures of the given sources. */
    public static Account of(Rule rule, Obligation obligation, Status status, List<String> sources, String detail) {
        return new Account(obligation, status, sources, detail, rule.getName());
    }

    /** The account that {@code rule} decides for {@code obligation}, from one source's figure. */
    public static Account of(Rule rule, Obligation obligation, Status status, String source, String detail) {
        return of(rule, obligation, status, List.of(source), detail);
    }
}
