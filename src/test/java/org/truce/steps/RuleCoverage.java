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
import org.truce.check.Finding;
import org.truce.check.Obligation;
import org.truce.check.Parameter;
import org.truce.check.Reading;
import org.truce.check.Report;
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
 * allow: every reading of its clause, or only those its conditions name, or only those whose parameters, as the clause
 * index sets them, meet a limit its conditions put on a {@code Parameter} of its reading ({@code value == 0},
 * {@code value != 0}, ...). A rule that decided an account, or left a report undecided, must also have an outcome
 * resting on it asserted by some scenario (a status, an account, or a report that decides nothing). A clause is
 * exercised by a scenario that asserted an outcome under it (a finding of its term, a verdict on a claim about it, or,
 * for the clauses that define the pause, the pause calendar); a reading of a clause, by a scenario that asserted an
 * outcome under that reading.
 */
final class RuleCoverage {
    static final Path REPORT = Path.of("target", "rule-coverage.md");

    /** What this run of the features covered. */
    private static final Tally RUN = new Tally();

    /** A reading named as a literal in a condition: {@code reading == "x"} (Obligation, Parameter) or {@code id == "x"} (Reading). */
    private static final Pattern NAMED_READING = Pattern.compile("\\b(reading|id)\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern READING_FIELD = Pattern.compile("\\breading\\b");
    /** A Parameter pattern's own name, as a literal: {@code name == "daily-aid-trucks.fuel-trucks-count"}. */
    private static final Pattern PARAMETER_NAME = Pattern.compile("^\\s*name\\s*==\\s*\"([^\"]+)\"\\s*$");
    /** A Parameter pattern joined on the reading of the rule: {@code reading == $reading}. */
    private static final Pattern READING_JOIN = Pattern.compile("^\\s*reading\\s*==\\s*\\$\\w+\\s*$");
    /** A limit on a Parameter's value by a whole number: {@code value != 0}. Anything else limits nothing here. */
    private static final Pattern VALUE_LIMIT = Pattern.compile("^\\s*value\\s*(==|!=|<=|>=|<|>)\\s*(-?\\d+)\\s*$");

    private RuleCoverage() {
    }

    static void fired(Rule rule, String scenario) {
        RUN.fired(rule.getName(), scenario);
    }

    static void exercised(String clause, String scenario) {
        RUN.exercised(clause, scenario);
    }

    /** A scenario asserted an outcome under one reading of a clause. */
    static void exercised(String clause, String reading, String scenario) {
        RUN.exercised(clause, reading, scenario);
    }

    /** A rule fired on these facts: records the reading they are of, where they are of one. */
    static void firedOn(Rule rule, List<?> facts, String scenario) {
        RUN.firedOn(rule.getName(), readingsOf(facts), scenario);
    }

    /** The rules behind the accounts and the undecided reports of a check: each decided something in {@code scenario}. */
    static void decided(Report report, String scenario) {
        for (Finding f : report.findings()) {
            f.accounts().forEach(a -> RUN.decided(a.rule(), scenario));
            // A report that no rule decided (no rule) is listed by the engine, not by a rule: it covers none.
            f.undecidedBy().stream().filter(u -> u.rule() != null).forEach(u -> RUN.decided(u.rule(), scenario));
        }
    }

    /** A scenario asserted an outcome that rests on what {@code rule} decided. */
    static void asserted(String rule, String scenario) {
        if (rule != null) { // a report no rule decided rests on no rule
            RUN.asserted(rule, scenario);
        }
    }

    /** What the run left uncovered: each line names one rule, reading or clause. */
    static List<String> gaps(RuleBook book) {
        return RUN.gaps(book);
    }

    static Set<String> readingsOf(List<?> facts) {
        Set<String> readings = new TreeSet<>();
        for (Object fact : facts) {
            String reading = fact instanceof Obligation o ? o.reading()
                    : fact instanceof Parameter p ? p.reading()
                    : fact instanceof Reading r ? r.id() : null;
            if (reading != null) {
                readings.add(reading);
            }
        }
        return readings;
    }

    /** What one run covered: the rules that fired, under which readings, what they decided, and what was asserted. */
    static final class Tally {
        private final Map<String, Set<String>> rules = new TreeMap<>();
        private final Map<String, Set<String>> clauses = new TreeMap<>();
        /** Rule name, then reading id, then the scenarios in which the rule fired on facts of that reading. */
        private final Map<String, Map<String, Set<String>>> rulesByReading = new TreeMap<>();
        /** Clause id, then reading id, then the scenarios that asserted an outcome under that reading. */
        private final Map<String, Map<String, Set<String>>> readings = new TreeMap<>();
        /** Rules that matched facts of more than one reading at once: a rule that mixes readings, never right. */
        private final Map<String, Set<String>> mixed = new TreeMap<>();
        /** Rule name, then the scenarios in which it decided an account or left a report undecided. */
        private final Map<String, Set<String>> decided = new TreeMap<>();
        /** Rule name, then the scenarios that asserted an outcome resting on what it decided. */
        private final Map<String, Set<String>> asserted = new TreeMap<>();

        synchronized void fired(String rule, String scenario) {
            rules.computeIfAbsent(rule, r -> new TreeSet<>()).add(scenario);
        }

        synchronized void exercised(String clause, String scenario) {
            clauses.computeIfAbsent(clause, c -> new TreeSet<>()).add(scenario);
        }

        synchronized void exercised(String clause, String reading, String scenario) {
            exercised(clause, scenario);
            readings.computeIfAbsent(clause, c -> new TreeMap<>()).computeIfAbsent(reading, r -> new TreeSet<>()).add(scenario);
        }

        synchronized void firedOn(String rule, Set<String> ofReadings, String scenario) {
            if (ofReadings.size() > 1) {
                mixed.computeIfAbsent(rule, r -> new TreeSet<>()).add(String.join(" and ", ofReadings) + " in " + scenario);
            } else if (ofReadings.size() == 1) {
                rulesByReading.computeIfAbsent(rule, r -> new TreeMap<>())
                        .computeIfAbsent(ofReadings.iterator().next(), r -> new TreeSet<>()).add(scenario);
            }
        }

        synchronized void decided(String rule, String scenario) {
            decided.computeIfAbsent(rule, r -> new TreeSet<>()).add(scenario);
        }

        synchronized void asserted(String rule, String scenario) {
            asserted.computeIfAbsent(rule, r -> new TreeSet<>()).add(scenario);
        }

        /** What the run left uncovered: each line names one rule, reading or clause. */
        synchronized List<String> gaps(RuleBook book) {
            List<String> gaps = new ArrayList<>();
            Map<String, List<String>> byReading = readingsOfRules(book);
            for (Rule rule : book.rules()) {
                if (!rules.containsKey(rule.getName())) {
                    gaps.add("rule \"" + rule.getName() + "\" fired in no scenario");
                }
                for (String reading : byReading.getOrDefault(rule.getName(), List.of())) {
                    if (!rulesByReading.getOrDefault(rule.getName(), Map.of()).containsKey(reading)) {
                        gaps.add("rule \"" + rule.getName() + "\" fired under the reading " + reading + " of clause "
                                + rule.getMetaData().get("clause") + " in no scenario");
                    }
                }
                if (decided.containsKey(rule.getName()) && !asserted.containsKey(rule.getName())) {
                    gaps.add("rule \"" + rule.getName() + "\" decided accounts or left reports undecided in "
                            + decided.get(rule.getName()).size() + " scenario(s), but no scenario asserts an outcome resting on it");
                }
            }
            mixed.forEach((rule, where) -> where.forEach(w -> gaps.add("rule \"" + rule + "\" matched facts of the readings " + w
                    + ": a rule must keep to one reading")));
            for (ClauseIndex.Clause clause : book.index().clauses()) {
                if (!clauses.containsKey(clause.id())) {
                    gaps.add("clause " + clause.id() + " (" + clause.heading() + ") has no scenario");
                }
                for (ClauseIndex.ReadingSpec reading : clause.readings()) {
                    if (!readings.getOrDefault(clause.id(), Map.of()).containsKey(reading.id())) {
                        gaps.add("reading " + reading.id() + " of clause " + clause.id() + " has no scenario that asserts an outcome under it");
                    }
                }
            }
            return gaps;
        }

        synchronized void write(List<RuleBook> books, boolean partial) throws IOException {
            StringBuilder all = new StringBuilder("# Rule coverage of the features\n\n");
            if (partial) {
                all.append("This run was filtered (by tag, name or feature), so not every scenario ran: gaps below are not "
                        + "checked. Run the whole suite to check coverage.\n\n");
            }
            for (RuleBook book : books) {
                all.append("## Agreement ").append(book.index().agreement()).append("\n\n")
                        .append(section(book).replace("\n## ", "\n### ").replaceFirst("^## ", "### "));
            }
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, all);
        }

        /** The coverage of one agreement's rule set, its sections headed at level 2. */
        private String section(RuleBook book) {
            StringBuilder md = new StringBuilder();
            List<String> gaps = gaps(book);
            md.append(gaps.isEmpty() ? "Every rule fired, under each reading it can fire under; every rule that decided an account, "
                    + "or left a report undecided, had an outcome resting on it asserted; and every clause and every reading "
                    + "was exercised in at least one scenario.\n\n"
                    : "**Not covered:**\n\n" + String.join("\n", gaps.stream().map(g -> "- " + g).toList()) + "\n\n");
            md.append("## Rules (").append(book.rules().size()).append(")\n\n| rule | clause | scenarios |\n|---|---|---|\n");
            book.rules().stream().sorted((a, b) -> a.getName().compareTo(b.getName())).forEach(rule -> md.append("| ")
                    .append(rule.getName()).append(" | ").append(rule.getMetaData().get("clause")).append(" | ")
                    .append(list(rules.get(rule.getName()))).append(" |\n"));

            Map<String, List<String>> byReading = readingsOfRules(book);
            Map<String, List<String>> limits = limitsOfRules(book);
            md.append("\n## Rules under each reading (").append(byReading.values().stream().mapToInt(List::size).sum())
                    .append(")\n\nA rule that joins on the readings of its clause must fire under each reading its conditions allow: "
                            + "every reading of its clause, or the one its conditions name; where it also limits a parameter of its "
                            + "reading (column \"limited by\"), only the readings whose value of that parameter, as the clause index "
                            + "sets it, meets the limit. A reading the limit excludes is not asked for, and is not listed.\n\n"
                            + "| rule | clause | reading | limited by | scenarios |\n|---|---|---|---|---|\n");
            book.rules().stream().filter(r -> byReading.containsKey(r.getName())).sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .forEach(rule -> byReading.get(rule.getName()).forEach(reading -> md.append("| ").append(rule.getName()).append(" | ")
                            .append(rule.getMetaData().get("clause")).append(" | ").append(reading).append(" | ")
                            .append(String.join("; ", limits.getOrDefault(rule.getName(), List.of()))).append(" | ")
                            .append(list(rulesByReading.getOrDefault(rule.getName(), Map.of()).get(reading))).append(" |\n")));

            md.append("\n## Outcomes asserted (").append(decided.size()).append(")\n\nA rule that decided an account, or left a "
                    + "report undecided, in some scenario, and the scenarios that asserted an outcome resting on it: a status, an "
                    + "account, or a report that decides nothing.\n\n| rule | decided in | asserted by |\n|---|---|---|\n");
            decided.forEach((rule, in) -> md.append("| ").append(rule).append(" | ").append(in.size()).append(" scenario(s) | ")
                    .append(list(asserted.get(rule))).append(" |\n"));

            md.append("\n## Clauses (").append(book.index().clauses().size()).append(")\n\n| clause | heading | modelled by | scenarios |\n|---|---|---|---|\n");
            for (ClauseIndex.Clause clause : book.index().clauses()) {
                md.append("| ").append(clause.id()).append(" | ").append(clause.heading()).append(" | ")
                        .append(clause.modelled() ? clause.term() : "not modelled").append(" | ")
                        .append(list(clauses.get(clause.id()))).append(" |\n");
            }

            md.append("\n## Readings of clauses\n\nA reading is exercised by a scenario that asserts an outcome under it.\n\n"
                    + "| clause | reading | held by | scenarios |\n|---|---|---|---|\n");
            for (ClauseIndex.Clause clause : book.index().clauses()) {
                for (ClauseIndex.ReadingSpec reading : clause.readings()) {
                    md.append("| ").append(clause.id()).append(" | ").append(reading.id()).append(" | ")
                            .append(String.join("; ", reading.heldBy()).replace("|", "\\|")).append(" | ")
                            .append(list(readings.getOrDefault(clause.id(), Map.of()).get(reading.id()))).append(" |\n");
                }
            }
            return md.append("\n").toString();
        }
    }

    /**
     * The rule book with a KieBase whose every session tells {@link #firedOn} of each rule that fires, with the facts it
     * matched, for {@code scenario}. The checker's own hook names the rule only; the facts say the reading.
     */
    static RuleBook watching(RuleBook book, String scenario) {
        return book.wrapping(base -> (KieBase) Proxy.newProxyInstance(KieBase.class.getClassLoader(), new Class<?>[] {KieBase.class},
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
                }));
    }

    /**
     * For each rule that joins on the readings of its clause, the readings it can fire under: those its conditions name,
     * else every reading of its clause; of these, only those whose parameters meet each limit the rule puts on a
     * {@code Parameter} of its reading ({@link #limitsOfRules}). Rules that do not join on readings are not listed. Read
     * from the rule set's DRL and clause index.
     */
    static Map<String, List<String>> readingsOfRules(RuleBook book) {
        Map<String, List<String>> out = new TreeMap<>();
        analyse(book).forEach((rule, joined) -> out.put(rule, joined.readings()));
        return out;
    }

    /**
     * For each rule that joins on the readings of its clause and limits the value of a parameter of its reading, those
     * limits as the DRL writes them ("daily-aid-trucks.fuel-trucks-count != 0"); other rules are not listed.
     */
    static Map<String, List<String>> limitsOfRules(RuleBook book) {
        Map<String, List<String>> out = new TreeMap<>();
        analyse(book).forEach((rule, joined) -> {
            if (!joined.limits().isEmpty()) {
                out.put(rule, joined.limits());
            }
        });
        return out;
    }

    /** The readings a rule can fire under, and the parameter limits that narrowed them. */
    private record Joined(List<String> readings, List<String> limits) {
    }

    private static Map<String, Joined> analyse(RuleBook book) {
        Map<String, Joined> out = new TreeMap<>();
        Map<String, RuleDescr> described = describe(book.folder());
        for (Rule rule : book.rules()) {
            Object clauseId = rule.getMetaData().get("clause");
            ClauseIndex.Clause clause = clauseId == null ? null : book.index().clause(clauseId.toString()).orElse(null);
            RuleDescr descr = described.get(rule.getName());
            if (clause == null || clause.readings().isEmpty() || descr == null) {
                continue;
            }
            boolean joins = false;
            Set<String> named = new TreeSet<>();
            List<Limit> limits = new ArrayList<>();
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
                if (type.equals("Parameter")) {
                    limits.addAll(limitsOf(pattern));
                }
            }
            if (!joins) {
                continue;
            }
            List<String> readings = new ArrayList<>();
            for (ClauseIndex.ReadingSpec spec : clause.readings()) {
                if ((named.isEmpty() || named.contains(spec.id()))
                        && limits.stream().allMatch(l -> l.allows(valueOf(book.index(), clause.id(), spec, l.parameter())))) {
                    readings.add(spec.id());
                }
            }
            out.put(rule.getName(), new Joined(List.copyOf(readings), limits.stream().map(Limit::toString).toList()));
        }
        return out;
    }

    /**
     * A limit a rule puts on the value of a parameter of its own reading: a {@code Parameter} pattern with a literal
     * name, joined on the reading ({@code reading == $reading}), and a constraint {@code value OP n}. A constraint of
     * any other form limits nothing here, so that the gate asks for more readings, never fewer.
     */
    record Limit(String parameter, String operator, long bound) {
        boolean allows(Long value) {
            if (value == null) {
                return true; // the clause index does not say: ask for the reading rather than excuse it
            }
            return switch (operator) {
                case "==" -> value == bound;
                case "!=" -> value != bound;
                case "<" -> value < bound;
                case "<=" -> value <= bound;
                case ">" -> value > bound;
                case ">=" -> value >= bound;
                default -> throw new IllegalStateException("no operator " + operator);
            };
        }

        @Override
        public String toString() {
            return parameter + " " + operator + " " + bound;
        }
    }

    static List<Limit> limitsOf(PatternDescr pattern) {
        List<String> expressions = new ArrayList<>();
        for (BaseDescr d : pattern.getDescrs()) {
            if (d instanceof ExprConstraintDescr e) {
                expressions.add(e.getExpression());
            }
        }
        String name = null;
        boolean joined = false;
        for (String e : expressions) {
            Matcher m = PARAMETER_NAME.matcher(e);
            if (m.matches()) {
                name = m.group(1);
            }
            joined |= READING_JOIN.matcher(e).matches();
        }
        List<Limit> limits = new ArrayList<>();
        if (name == null || !joined) {
            return limits;
        }
        for (String e : expressions) {
            Matcher m = VALUE_LIMIT.matcher(e);
            if (m.matches()) {
                limits.add(new Limit(name, m.group(1), Long.parseLong(m.group(2))));
            }
        }
        return limits;
    }

    /**
     * The value of {@code parameter} under one reading of {@code clause}, as the checker inserts it: the reading's own,
     * else the clause index's; null where the parameter is not one of that clause.
     */
    static Long valueOf(ClauseIndex index, String clause, ClauseIndex.ReadingSpec reading, String parameter) {
        ClauseIndex.ParameterSpec spec = index.parameters().stream()
                .filter(p -> p.name().equals(parameter) && clause.equals(p.clause())).findFirst().orElse(null);
        if (spec == null) {
            return null;
        }
        return reading.parameters().getOrDefault(parameter, spec.value());
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

    /** Writes the coverage report in Markdown; {@code partial} says the run was filtered, so gaps are expected. */
    static void write(List<RuleBook> books, boolean partial) throws IOException {
        RUN.write(books, partial);
    }

    private static String list(Set<String> scenarios) {
        return scenarios == null ? "**none**" : scenarios.size() + ": " + String.join("<br>", scenarios).replace("|", "\\|");
    }
}
