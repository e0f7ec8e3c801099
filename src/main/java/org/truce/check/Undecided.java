package org.truce.check;

import org.kie.api.definition.rule.Rule;

import java.util.List;

/**
 * A report that a term reads and that decides nothing for {@code obligation}, with why, inserted by the rule named in
 * {@code rule}: a figure that can show a term missed but not met (or the reverse) and does neither. The finding lists
 * it among {@code undecidedBy}, so that no report disappears without a word.
 */
public record Undecided(Obligation obligation, List<String> sources, String why, String rule, List<Entry> restsOn) {

    public Undecided {
        sources = Account.distinctSorted(sources);
        restsOn = restsOn == null ? List.of() : List.copyOf(restsOn);
    }

    /** An undecided report known by its sources only. */
    public Undecided(Obligation obligation, List<String> sources, String why, String rule) {
        this(obligation, sources, why, rule, List.of());
    }

    /** What {@code rule} could not decide for {@code obligation} from these entries together, and why. */
    public static Undecided over(Rule rule, Obligation obligation, String why, Entry... entries) {
        List<String> sources = new java.util.ArrayList<>();
        for (Entry e : entries) {
            sources.addAll(e.reportedBy());
        }
        return new Undecided(obligation, sources, why, rule.getName(), List.of(entries));
    }

    /** What {@code rule} could not decide for {@code obligation} from one source's figure, and why. */
    public static Undecided of(Rule rule, Obligation obligation, String source, String why) {
        return new Undecided(obligation, List.of(source), why, rule.getName());
    }

    /** What {@code rule} could not decide for {@code obligation} from the figures of several sources together, and why. */
    public static Undecided of(Rule rule, Obligation obligation, List<String> sources, String why) {
        return new Undecided(obligation, sources, why, rule.getName());
    }
}
