package org.truce.steps;

import org.kie.api.definition.rule.Rule;
import org.truce.rulebook.ClauseIndex;
import org.truce.rulebook.RuleBook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which scenarios exercised which rule and which clause. A rule is exercised by a scenario in which it fired; a clause
 * by a scenario that asserted an outcome under it (a finding of its term, a verdict on a claim about it, or, for the
 * clauses that define the pause, the pause calendar).
 */
final class RuleCoverage {
    static final Path REPORT = Path.of("target", "rule-coverage.md");

    private static final Map<String, Set<String>> RULES = new TreeMap<>();
    private static final Map<String, Set<String>> CLAUSES = new TreeMap<>();

    private RuleCoverage() {
    }

    static synchronized void fired(Rule rule, String scenario) {
        RULES.computeIfAbsent(rule.getName(), r -> new TreeSet<>()).add(scenario);
    }

    static synchronized void exercised(String clause, String scenario) {
        CLAUSES.computeIfAbsent(clause, c -> new TreeSet<>()).add(scenario);
    }

    /** What the run left uncovered: each line names one rule or clause. */
    static synchronized List<String> gaps(RuleBook book) {
        List<String> gaps = new ArrayList<>();
        for (Rule rule : book.rules()) {
            if (!RULES.containsKey(rule.getName())) {
                gaps.add("rule \"" + rule.getName() + "\" fired in no scenario");
            }
        }
        for (ClauseIndex.Clause clause : book.index().clauses()) {
            if (!CLAUSES.containsKey(clause.id())) {
                gaps.add("clause " + clause.id() + " (" + clause.heading() + ") has no scenario");
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
        md.append(gaps.isEmpty() ? "Every rule fired and every clause was exercised in at least one scenario.\n\n"
                : "**Not covered:**\n\n" + String.join("\n", gaps.stream().map(g -> "- " + g).toList()) + "\n\n");
        md.append("## Rules (").append(book.rules().size()).append(")\n\n| rule | clause | scenarios |\n|---|---|---|\n");
        book.rules().stream().sorted((a, b) -> a.getName().compareTo(b.getName())).forEach(rule -> md.append("| ")
                .append(rule.getName()).append(" | ").append(rule.getMetaData().get("clause")).append(" | ")
                .append(list(RULES.get(rule.getName()))).append(" |\n"));
        md.append("\n## Clauses (").append(book.index().clauses().size()).append(")\n\n| clause | heading | modelled by | scenarios |\n|---|---|---|---|\n");
        for (ClauseIndex.Clause clause : book.index().clauses()) {
            md.append("| ").append(clause.id()).append(" | ").append(clause.heading()).append(" | ")
                    .append(clause.modelled() ? clause.term() : "not modelled").append(" | ")
                    .append(list(CLAUSES.get(clause.id()))).append(" |\n");
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, md);
    }

    private static String list(Set<String> scenarios) {
        return scenarios == null ? "**none**" : scenarios.size() + ": " + String.join("<br>", scenarios).replace("|", "\\|");
    }
}
