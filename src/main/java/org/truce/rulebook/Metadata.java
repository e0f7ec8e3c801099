package org.truce.rulebook;

import org.kie.api.definition.rule.Rule;

/** Reads the citation a rule carries: {@code @clause("C1") @term("some-term")}. */
public final class Metadata {
    public static final String CLAUSE = "clause";
    public static final String TERM = "term";

    private Metadata() {
    }

    /** The clause id the rule cites, or null. */
    public static String clause(Rule rule) {
        return text(rule, CLAUSE);
    }

    /** The term slug the rule models, or null. */
    public static String term(Rule rule) {
        return text(rule, TERM);
    }

    private static String text(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
