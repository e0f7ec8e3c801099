package org.truce.check;

import org.kie.api.definition.rule.Rule;

import java.util.List;
import java.util.TreeSet;

/**
 * One reading of the reports, decided by the rule named in {@code rule}: the term met or breached by that reading.
 * {@code restsOn} names the entries (summary facts) it was formed from, where its rule says so (empty: only its
 * sources are known), so that a report the term reads is known decided by this account, not by another of its source.
 */
public record Account(Obligation obligation, Status status, List<String> sources, String detail, String rule, List<Entry> restsOn) {

    public Account {
        sources = distinctSorted(sources);
        restsOn = restsOn == null ? List.of() : List.copyOf(restsOn);
    }

    /** An account known by its sources only. */
    public Account(Obligation obligation, Status status, List<String> sources, String detail, String rule) {
        this(obligation, status, sources, detail, rule, List.of());
    }

    /** The account that {@code rule} decides for {@code obligation} from these entries together (their sources). */
    public static Account over(Rule rule, Obligation obligation, Status status, String detail, Entry... entries) {
        List<String> sources = new java.util.ArrayList<>();
        for (Entry e : entries) {
            sources.addAll(e.reportedBy());
        }
        return new Account(obligation, status, sources, detail, rule.getName(), List.of(entries));
    }

    /** The account that {@code rule} decides for {@code obligation}, from the figures of the given sources. */
    public static Account of(Rule rule, Obligation obligation, Status status, List<String> sources, String detail) {
        return new Account(obligation, status, sources, detail, rule.getName());
    }

    /** The account that {@code rule} decides for {@code obligation}, from one source's figure. */
    public static Account of(Rule rule, Obligation obligation, Status status, String source, String detail) {
        return of(rule, obligation, status, List.of(source), detail);
    }

    /** The ids, each once, in order: as a TreeSet would give them, without one for the one or two sources most reports have. */
    static List<String> distinctSorted(List<String> ids) {
        return switch (ids.size()) {
            case 0 -> List.of();
            case 1 -> List.of(ids.get(0));
            case 2 -> {
                int c = ids.get(0).compareTo(ids.get(1));
                yield c == 0 ? List.of(ids.get(0)) : c < 0 ? List.of(ids.get(0), ids.get(1)) : List.of(ids.get(1), ids.get(0));
            }
            default -> List.copyOf(new TreeSet<>(ids));
        };
    }
}
