package org.truce.rulebook;

import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.base.common.NetworkNode;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.EntryPointNode;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.FactType;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the rules of a folder, compiled one file to a KieBase, can be evaluated each file in a session of its own
 * with the conclusions one session of every rule would reach: the files are <em>apart</em> when
 * <ul>
 *   <li>no two files give rules of one term (by {@code @term});</li>
 *   <li>no two files declare a type, a function or a rule of one name (compiled together, two types would be one,
 *       and two rules or functions an error);</li>
 *   <li>every pattern on what rules conclude (an obligation, an account, an undecided report) names a term of its own
 *       file's rules ({@code term == "…"}, or {@code obligation.term == "…"}), so no rule reads another file's
 *       conclusions;</li>
 *   <li>no file has rules of an entry point other than the default one;</li>
 *   <li>no consequence reaches the rule session itself ({@code kcontext} or {@code drools} other than
 *       {@code kcontext.getRule()}: to halt it, run a query, read every fact or set the focus);</li>
 *   <li>no rule is of an activation group, an agenda group other than the main one, a ruleflow group, or has
 *       auto-focus: groups tie rules across files (one rule of an activation group firing cancels the others).</li>
 * </ul>
 * A rule may also insert a fact of some other type, or change or delete a fact; whether that could reach another
 * file's rules is seen during a check ({@link #matches}), which then evaluates every rule in one session.
 */
public final class Parts {

    /** The types of what rules conclude: each names the term of the rule that made it (org.truce.check). */
    static final Set<String> CONCLUSIONS = Set.of("org.truce.check.Obligation", "org.truce.check.Account", "org.truce.check.Undecided");
    /**
     * The rule session's handles in a consequence, other than to name the rule: through them a rule can halt the session,
     * run a query, read every fact or set the focus, and would reach only its own file's part.
     */
    private static final Pattern RUNTIME = Pattern.compile("\\b(?:kcontext|drools)\\b(?!\\s*\\.\\s*getRule\\s*\\(\\s*\\))");
    private static final Pattern OWN_TERM = Pattern.compile("^\\s*(?:obligation\\s*\\.\\s*)?term\\s*==\\s*\"([^\"]*)\"\\s*$");

    private Parts() {
    }

    /**
     * Why the files named {@code files}, of text {@code texts}, compiled one to each of {@code parts}, are not apart, or
     * {@code null} if they are.
     */
    static String notApart(List<String> files, List<String> texts, List<KieBase> parts) {
        for (int i = 0; i < files.size(); i++) {
            Matcher runtime = RUNTIME.matcher(texts.get(i));
            if (runtime.find()) {
                return files.get(i) + " reaches the rule session itself (" + runtime.group() + "), where it would find only its own file's facts";
            }
        }
        Map<String, String> fileOfTerm = new HashMap<>();
        Map<String, String> fileOfType = new HashMap<>();
        Map<String, String> fileOfName = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            String file = files.get(i);
            Set<String> terms = new HashSet<>();
            for (KiePackage pkg : parts.get(i).getKiePackages()) {
                for (Rule rule : pkg.getRules()) {
                    String before = fileOfName.putIfAbsent("rule \"" + rule.getName() + "\"", file);
                    if (before != null) {
                        return before + " and " + file + " both have a rule \"" + rule.getName() + "\"";
                    }
                    String group = group(rule);
                    if (group != null) {
                        return file + " has a rule of " + group + ", which rules of other files may share";
                    }
                    String term = Metadata.term(rule);
                    if (term != null) {
                        terms.add(term);
                    }
                }
                for (String function : pkg.getFunctionNames()) {
                    String before = fileOfName.putIfAbsent("function " + function, file);
                    if (before != null) {
                        return before + " and " + file + " both have a function " + function;
                    }
                }
                for (FactType type : pkg.getFactTypes()) {
                    if (javaClass(type.getName())) {
                        // A Java class the rules annotate (as insertLogical does), not a type the DRL declares.
                        continue;
                    }
                    String before = fileOfType.putIfAbsent(type.getName(), file);
                    if (before != null) {
                        return before + " and " + file + " both declare " + type.getName();
                    }
                }
            }
            for (String term : terms) {
                String before = fileOfTerm.putIfAbsent(term, file);
                if (before != null) {
                    return before + " and " + file + " both have rules of " + term;
                }
            }
            if (!(parts.get(i) instanceof InternalRuleBase base)) {
                return file + " compiled to a rule base of a kind truce does not know";
            }
            if (base.getRete().getEntryPointNodes().size() > 1) {
                return file + " has rules of an entry point of its own";
            }
            String reads = readsOthers(base, terms);
            if (reads != null) {
                return file + " has a pattern on " + reads + " that names no term of its own rules";
            }
        }
        return null;
    }

    /** The type of a pattern of {@code part} on what rules conclude that does not name one of {@code terms}, if any. */
    private static String readsOthers(InternalRuleBase part, Set<String> terms) {
        for (EntryPointNode entry : part.getRete().getEntryPointNodes().values()) {
            for (Map.Entry<ObjectType, ObjectTypeNode> node : entry.getObjectTypeNodes().entrySet()) {
                if (!(node.getKey() instanceof ClassObjectType type)) {
                    return node.getKey().toString();
                }
                boolean conclusion = false;
                for (String name : CONCLUSIONS) {
                    conclusion |= seesType(type.getClassType(), name);
                }
                if (conclusion && !everyPathNames(node.getValue(), terms)) {
                    return type.getClassType().getSimpleName();
                }
            }
        }
        return null;
    }

    /** The group that ties {@code rule} to rules it shares a session with (an activation or agenda group), if any. */
    private static String group(Rule rule) {
        if (!(rule instanceof RuleImpl impl)) {
            return "a kind Drools does not say";
        }
        if (impl.getActivationGroup() != null && !impl.getActivationGroup().isEmpty()) {
            return "activation-group \"" + impl.getActivationGroup() + "\"";
        }
        if (impl.getRuleFlowGroup() != null && !impl.getRuleFlowGroup().isEmpty()) {
            return "ruleflow-group \"" + impl.getRuleFlowGroup() + "\"";
        }
        if (impl.getAgendaGroup() != null && !impl.getAgendaGroup().isEmpty() && !impl.getAgendaGroup().equals("MAIN")) {
            return "agenda-group \"" + impl.getAgendaGroup() + "\"";
        }
        return impl.getAutoFocus() ? "auto-focus" : null;
    }

    private static boolean javaClass(String name) {
        try {
            Class.forName(name, false, Parts.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Whether facts of the class named {@code name} reach a node of {@code type} (it or a type above it). */
    private static boolean seesType(Class<?> type, String name) {
        try {
            Class<?> concluded = Class.forName(name, false, Parts.class.getClassLoader());
            return type.isAssignableFrom(concluded);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Whether every way from {@code node} into the rules passes a constraint naming one of {@code terms}. */
    private static boolean everyPathNames(NetworkNode node, Set<String> terms) {
        NetworkNode[] sinks = node.getSinks();
        if (sinks == null || sinks.length == 0) {
            return true;
        }
        for (NetworkNode sink : sinks) {
            if (!(sink instanceof AlphaNode alpha)) {
                return false;
            }
            Matcher m = OWN_TERM.matcher(String.valueOf(alpha.getConstraint()));
            if (!(m.matches() && terms.contains(m.group(1))) && !everyPathNames(alpha, terms)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a rule of {@code part} has a pattern that facts of {@code type} reach. */
    public static boolean matches(KieBase part, Class<?> type) {
        if (!(part instanceof InternalRuleBase base)) {
            return true;
        }
        for (EntryPointNode entry : base.getRete().getEntryPointNodes().values()) {
            for (ObjectType t : entry.getObjectTypeNodes().keySet()) {
                if (!(t instanceof ClassObjectType c) || c.getClassType().isAssignableFrom(type)) {
                    return true;
                }
            }
        }
        return false;
    }
}
