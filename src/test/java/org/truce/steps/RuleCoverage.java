package org.truce.steps;

import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.truce.check.Obligation;
import org.truce.check.Parameter;
import org.truce.check.Reading;
import org.truce.rulebook.ClauseIndex;
import org.truce.rulebook.RuleBook;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which scenarios exercised which rule and which clause, and, for a clause read more than one way, under which reading.
 * A rule is exercised by a scenario in which it fired; a rule that joins on the readings of its clause (a {@code Reading}
 * fact, or the reading of an {@code Obligation} or a {@code Parameter}) must have fired under each reading its conditions
 * allow: every reading of its clause, or only those its conditions name. A clause is exercised by a scenario that
 * asserted an outcome under it (a finding of its term, a verdict on a claim about it, or, for the clauses that define
 * the pause, the pause calendar); a reading of a clause, by a scenario that asserted an outcome under that reading.
 */
final class RuleCoverage {
    static final Path REPORT = Path.of("target", "rule-coverage.md");

    private static final Map<String, Set<String>> RULES = new TreeMap<>();
    private static final Map<String, Set<String>> CLAUSES = new TreeMap<>();
    /** Rule name, then reading id, then the scenarios in which the rule fired on facts of that reading. */
    private static final Map<String, Map<String, Set<String>>> RULES_BY_READING = new TreeMap<>();
    /** Clause id, then reading id, then the scenarios that asserted an outcome under that reading. */
    private static final Map<String, Map<String, Set<String>>> READINGS = new TreeMap<>();
    /** Rules that matched facts of more than one reading at once: a rule that mixes readings, never right. */
    private static final Map<String, Set<String>> MIXED = new TreeMap<>();

    /** A reading named as a literal in a condition: {@code reading == "x"} (Obligation, Parameter) or {@code id == "x"} (Reading). */
    private static final Pattern NAMED_READING = Pattern.compile("\\b(reading|id)\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern READING_FIELD = Pattern.compile("\\breading\\b");

    private RuleCoverage() {
    }

    static synchronized void fired(Rule rule, String scenario) {
        RULES.computeIfAbsent(rule.getName(), r -> new TreeSet<>()).add(scenario);
    }

    static synchronized void exercised(String clause, String scenario) {
        CLAUSES.computeIfAbsent(clause, c -> new TreeSet<>()).add(scenario);
    }

    /** A scenario asserted an outcome under one reading of a clause. */
    static synchronized void exercised(String clause, String reading, String scenario) {
        exercised(clause, scenario);
        READINGS.computeIfAbsent(clause, c -> new TreeMap<>()).computeIfAbsent(reading, r -> new TreeSet<>()).add(scenario);
    }

    /** A rule fired on these facts: records the reading they are of, where they are of one. */
    static synchronized void firedOn(Rule rule, List<?> facts, String scenario) {
        Set<String> readings = new TreeSet<>();
        for (Object fact : facts) {
            String reading = fact instanceof Obligation o ? o.reading()
                    : fact instanceof Parameter p ? p.reading()
                    : fact instanceof Reading r ? r.id() : null;
            if (reading != null) {
                readings.add(reading);
            }
        }
        if (readings.size() > 1) {
            MIXED.computeIfAbsent(rule.getName(), r -> new TreeSet<>()).add(String.join(" and ", readings) + " in " + scenario);
        } else if (readings.size() == 1) {
            RULES_BY_READING.computeIfAbsent(rule.getName(), r -> new TreeMap<>())
                    .computeIfAbsent(readings.iterator().next(), r -> new TreeSet<>()).add(scenario);
        }
    }

    /**
     * The rule book with a KieBase whose every session tells {@link #firedOn} of each rule that fires, with the facts it
     * matched, for {@code scenario}. The checker's own hook names the rule only; the facts say the reading.
     */
    static RuleBook watching(RuleBook book, String scenario) {
        KieBase base = book.kieBase();
        KieBase watched = (KieBase) Proxy.newProxyInstance(KieBase.class.getClassLoader(), new Class<?>[] {KieBase.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(base, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (result instanceof KieSession session) {
                        session.addEventListener(new DefaultAgendaEventListener() {
                            @Override
                            public void afterMatchFired(AfterMatchFiredEvent event) {
                                firedOn(event.getMatch().getRule(), event.getMatch().getObjects(), scenario);
                            }
                        });
                    }
                    return result;
                });
        return new RuleBook(book.folder(), book.index(), watched, book.rules(), book.warnings());
    }

    /**
     * For each rule that joins on the readings of its clause, the readings it can fire under: those its conditions name,
     * else every reading of its clause. Rules that do not join on readings are not listed. Read from the rule set's DRL.
     */
    static Map<String, List<String>> readingsOfRules(RuleBook book) {
        Map<String, List<String>> out = new TreeMap<>();
        Map<String, RuleDescr> described = describe(book.folder());
        for (Rule rule : book.rules()) {
            Object clauseId = rule.getMetaData().get("clause");
            List<String> ofClause = clauseId == null ? List.of() : book.index().clause(clauseId.toString())
                    .map(c -> c.readings().stream().map(ClauseIndex.ReadingSpec::id).toList()).orElse(List.of());
            RuleDescr descr = described.get(rule.getName());
            if (ofClause.isEmpty() || descr == null) {
                continue;
            }
            boolean joins = false;
            Set<String> named = new TreeSet<>();
            for (PatternDescr pattern : patterns(descr.getLhs())) {
                String type = pattern.getObjectType().substring(pattern.getObjectType().lastIndexOf('.') + 1);
                String conditions = conditions(pattern);
                boolean reading = type.equals("Reading");
                if (reading || (type.equals("Obligation") || type.equals("Parameter")) && READING_FIELD.matcher(conditions).find()) {
                    joins = true;
                    Matcher m = NAMED_READING.matcher(conditions);
                    while (m.find()) {
                        if (m.group(1).equals(reading ? "id" : "reading")) {
                            named.add(m.group(2));
                        }
                    }
                }
            }
            if (joins) {
                out.put(rule.getName(), named.isEmpty() ? ofClause : ofClause.stream().filter(named::contains).toList());
            }
        }
        return out;
    }

    private static Map<String, RuleDescr> describe(Path folder) {
        Map<String, RuleDescr> rules = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                DrlParser parser = new DrlParser();
                PackageDescr pkg = parser.parse(false, Files.readString(drl, StandardCharsets.UTF_8));
                if (parser.hasErrors() || pkg == null) {
                    throw new AssertionError(drl + " does not parse: " + parser.getErrors());
                }
                pkg.getRules().forEach(r -> rules.put(r.getName(), r));
            }
        } catch (IOException | DroolsParserException e) {
            throw new AssertionError("cannot read the rules of " + folder, e);
        }
        return rules;
    }

    private static List<PatternDescr> patterns(BaseDescr descr) {
        List<PatternDescr> out = new ArrayList<>();
        if (descr instanceof PatternDescr p) {
            out.add(p);
            p.getDescrs().forEach(d -> out.addAll(patterns(d)));
        } else if (descr instanceof ConditionalElementDescr ce) {
            ce.getDescrs().forEach(d -> out.addAll(patterns(d)));
        }
        return out;
    }

    private static String conditions(PatternDescr pattern) {
        List<String> parts = new ArrayList<>();
        for (BaseDescr d : pattern.getDescrs()) {
            if (d instanceof ExprConstraintDescr e) {
                parts.add(e.getExpression());
            } else {
                parts.add(d.getText() == null ? String.valueOf(d) : d.getText());
            }
        }
        return String.join(", ", parts);
    }

    /** What the run left uncovered: each line names one rule, reading or clause. */
    static synchronized List<String> gaps(RuleBook book) {
        List<String> gaps = new ArrayList<>();
        Map<String, List<String>> byReading = readingsOfRules(book);
        for (Rule rule : book.rules()) {
            if (!RULES.containsKey(rule.getName())) {
                gaps.add("rule \"" + rule.getName() + "\" fired in no scenario");
            }
            for (String reading : byReading.getOrDefault(rule.getName(), List.of())) {
                if (!RULES_BY_READING.getOrDefault(rule.getName(), Map.of()).containsKey(reading)) {
                    gaps.add("rule \"" + rule.getName() + "\" fired under the reading " + reading + " of clause "
                            + rule.getMetaData().get("clause") + " in no scenario");
                }
            }
        }
        MIXED.forEach((rule, where) -> where.forEach(w -> gaps.add("rule \"" + rule + "\" matched facts of the readings " + w
                + ": a rule must keep to one reading")));
        for (ClauseIndex.Clause clause : book.index().clauses()) {
            if (!CLAUSES.containsKey(clause.id())) {
                gaps.add("clause " + clause.id() + " (" + clause.heading() + ") has no scenario");
            }
            for (ClauseIndex.ReadingSpec reading : clause.readings()) {
                if (!READINGS.getOrDefault(clause.id(), Map.of()).containsKey(reading.id())) {
                    gaps.add("reading " + reading.id() + " of clause " + clause.id() + " has no scenario that asserts an outcome under it");
                }
            }
        }
        return gaps;
    }

    /** Writes the coverage report in Markdown; {@code partial} says the run was filtered, so gaps are expected. */
    static synchronized void write(RuleBook book, boolean partial) throws IOException {
        StringBuilder md = new StringBuilder("# Rule coverage of the features\n\n");
        if (partial) {
            md.append("This run was filtered (by tag, name or feature), so not every scenario ran: gaps below are not "
                    + "checked. Run the whole suite to check coverage.\n\n");
        }
        List<String> gaps = gaps(book);
        md.append(gaps.isEmpty() ? "Every rule fired, under each reading it can fire under, and every clause and every reading "
                + "was exercised in at least one scenario.\n\n"
                : "**Not covered:**\n\n" + String.join("\n", gaps.stream().map(g -> "- " + g).toList()) + "\n\n");
        md.append("## Rules (").append(book.rules().size()).append(")\n\n| rule | clause | scenarios |\n|---|---|---|\n");
        book.rules().stream().sorted((a, b) -> a.getName().compareTo(b.getName())).forEach(rule -> md.append("| ")
                .append(rule.getName()).append(" | ").append(rule.getMetaData().get("clause")).append(" | ")
                .append(list(RULES.get(rule.getName()))).append(" |\n"));

        Map<String, List<String>> byReading = readingsOfRules(book);
        md.append("\n## Rules under each reading (").append(byReading.values().stream().mapToInt(List::size).sum())
                .append(")\n\nA rule that joins on the readings of its clause must fire under each reading its conditions allow: "
                        + "every reading of its clause, or the one its conditions name.\n\n"
                        + "| rule | clause | reading | scenarios |\n|---|---|---|---|\n");
        book.rules().stream().filter(r -> byReading.containsKey(r.getName())).sorted((a, b) -> a.getName().compareTo(b.getName()))
                .forEach(rule -> byReading.get(rule.getName()).forEach(reading -> md.append("| ").append(rule.getName()).append(" | ")
                        .append(rule.getMetaData().get("clause")).append(" | ").append(reading).append(" | ")
                        .append(list(RULES_BY_READING.getOrDefault(rule.getName(), Map.of()).get(reading))).append(" |\n")));

        md.append("\n## Clauses (").append(book.index().clauses().size()).append(")\n\n| clause | heading | modelled by | scenarios |\n|---|---|---|---|\n");
        for (ClauseIndex.Clause clause : book.index().clauses()) {
            md.append("| ").append(clause.id()).append(" | ").append(clause.heading()).append(" | ")
                    .append(clause.modelled() ? clause.term() : "not modelled").append(" | ")
                    .append(list(CLAUSES.get(clause.id()))).append(" |\n");
        }

        md.append("\n## Readings of clauses\n\nA reading is exercised by a scenario that asserts an outcome under it.\n\n"
                + "| clause | reading | held by | scenarios |\n|---|---|---|---|\n");
        for (ClauseIndex.Clause clause : book.index().clauses()) {
            for (ClauseIndex.ReadingSpec reading : clause.readings()) {
                md.append("| ").append(clause.id()).append(" | ").append(reading.id()).append(" | ")
                        .append(String.join("; ", reading.heldBy()).replace("|", "\\|")).append(" | ")
                        .append(list(READINGS.getOrDefault(clause.id(), Map.of()).get(reading.id()))).append(" |\n");
            }
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, md);
    }

    private static String list(Set<String> scenarios) {
        return scenarios == null ? "**none**" : scenarios.size() + ": " + String.join("<br>", scenarios).replace("|", "\\|");
    }
}
