package org.truce.rulebook;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.truce.factset.Problem;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A compiled rule set: the agreement's DRL rules, with its clause index and what the builder warned of.
 *
 * <p>The rules come in {@link #parts()}: one KieBase per DRL file where the files are apart (each compiles alone, no
 * two give rules of one term, and a rule reads what rules concluded only of its own file's terms; see
 * {@link Parts}), else one KieBase of every file. A check evaluates each part in a rule session of its own, so that a
 * session holds one term's matches at a time rather than every term's, and gets the same conclusions as one session of
 * every rule: a part's rules can match nothing another part's rules insert. Where a check finds that they could after
 * all (a rule inserting a fact of a type another file's rules match), it evaluates {@link #kieBase()} instead: all the
 * rules in one session, compiled when first asked for.
 */
public final class RuleBook {

    private final Path folder;
    private final ClauseIndex index;
    private final List<KieBase> parts;
    /** The parts as compiled, whose networks say which types their rules read (the parts may be wrapped). */
    private final List<KieBase> compiled;
    private final Map<Class<?>, boolean[]> reads = new ConcurrentHashMap<>();
    private final Map<Integer, Set<String>> terms = new ConcurrentHashMap<>();
    private final Supplier<KieBase> whole;
    private final List<Rule> rules;
    private final List<Problem> warnings;
    private KieBase wholeBase;

    /** A rule set in one KieBase. */
    public RuleBook(Path folder, ClauseIndex index, KieBase kieBase, List<Rule> rules, List<Problem> warnings) {
        this(folder, index, List.of(kieBase), () -> kieBase, rules, warnings);
    }

    /** A rule set in one KieBase, which the builder had no warning about. */
    public RuleBook(Path folder, ClauseIndex index, KieBase kieBase, List<Rule> rules) {
        this(folder, index, kieBase, rules, List.of());
    }

    /**
     * A rule set in {@code parts} that can each be evaluated alone, with {@code whole}, all its rules in one KieBase,
     * made only when a check needs it.
     */
    public RuleBook(Path folder, ClauseIndex index, List<KieBase> parts, Supplier<KieBase> whole, List<Rule> rules, List<Problem> warnings) {
        this(folder, index, parts, parts, whole, rules, warnings);
    }

    private RuleBook(Path folder, ClauseIndex index, List<KieBase> parts, List<KieBase> compiled, Supplier<KieBase> whole, List<Rule> rules,
                     List<Problem> warnings) {
        this.folder = folder;
        this.index = index;
        this.parts = List.copyOf(parts);
        this.compiled = List.copyOf(compiled);
        this.whole = Objects.requireNonNull(whole);
        this.rules = List.copyOf(rules);
        this.warnings = List.copyOf(warnings);
        if (this.parts.isEmpty()) {
            throw new IllegalArgumentException("a rule book of no KieBase");
        }
        if (this.parts.size() == 1) {
            wholeBase = this.parts.get(0);
        }
    }

    public Path folder() {
        return folder;
    }

    public ClauseIndex index() {
        return index;
    }

    /** The rules, each part to be evaluated in a session of its own. */
    public List<KieBase> parts() {
        return parts;
    }

    /** Whether a rule of part {@code part} has a pattern that facts of {@code type} reach. */
    public boolean reads(int part, Class<?> type) {
        return reads.computeIfAbsent(type, t -> {
            boolean[] of = new boolean[compiled.size()];
            for (int i = 0; i < of.length; i++) {
                of[i] = Parts.matches(compiled.get(i), t);
            }
            return of;
        })[part];
    }

    /** The terms of the rules of part {@code part} (their {@code @term}). */
    public Set<String> terms(int part) {
        return terms.computeIfAbsent(part, p -> {
            Set<String> of = new HashSet<>();
            for (KiePackage pkg : compiled.get(p).getKiePackages()) {
                for (Rule rule : pkg.getRules()) {
                    String term = Metadata.term(rule);
                    if (term != null) {
                        of.add(term);
                    }
                }
            }
            return Set.copyOf(of);
        });
    }

    /** Every rule in one KieBase: the only part of a rule set that is not apart, else compiled on first use. */
    public synchronized KieBase kieBase() {
        if (wholeBase == null) {
            wholeBase = Objects.requireNonNull(whole.get());
        }
        return wholeBase;
    }

    /** The agreement's rules, sorted by name. */
    public List<Rule> rules() {
        return rules;
    }

    public List<Problem> warnings() {
        return warnings;
    }

    /** The same rules with another clause index. */
    public RuleBook withIndex(ClauseIndex other) {
        return new RuleBook(folder, other, parts, compiled, this::kieBase, rules, warnings);
    }

    /** The same rule set with each KieBase, the whole one too, as {@code wrap} gives it (tests watch sessions so). */
    public RuleBook wrapping(UnaryOperator<KieBase> wrap) {
        List<KieBase> wrapped = parts.stream().map(wrap).toList();
        if (parts.size() == 1) {
            return new RuleBook(folder, index, wrapped, compiled, () -> wrapped.get(0), rules, warnings);
        }
        return new RuleBook(folder, index, wrapped, compiled, () -> wrap.apply(kieBase()), rules, warnings);
    }
}
