package org.truce.cli;

import org.kie.api.runtime.rule.ConsequenceException;
import org.truce.check.Checker;
import org.truce.check.Report;
import org.truce.factset.FactSet;
import org.truce.factset.FactSetLoader;
import org.truce.factset.InvalidInputException;
import org.truce.factset.Limits;
import org.truce.factset.Problem;
import org.truce.report.HtmlReport;
import org.truce.report.JsonReport;
import org.truce.report.MarkdownReport;
import org.truce.report.ReportWriter;
import org.truce.report.TextReport;
import org.truce.rulebook.RuleBook;
import org.truce.rulebook.RuleSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code truce check}: loads fact sets, checks each against its agreement's rules, and writes the report. */
@Command(name = "check",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
                "Checks each FACTS file (truce-facts/1 JSON) against the rules of its agreement and reports, for every",
                "term and every day it applies to, a finding with its status and the sourced accounts behind it.",
                "With no FACTS, checks the bundled data/gaza-2023-11.json."},
        footerHeading = "%n",
        footer = {
                "Statuses of a finding:",
                "  COMPLIANT     every account of the reports shows the term met",
                "  VIOLATED      every account shows the term breached",
                "  CONTESTED     the accounts disagree (sources differ); each account is shown",
                "  UNDETERMINED  there is no account: an input of the term has no report that day.",
                "                Missing facts never make a term COMPLIANT.",
                "An account is one way of reading the reports: each source's figure, or each combination of one",
                "source's figure per input for a term with several inputs.",
                "",
                "Verdicts of a claim (from the findings of its term, on its dates, against the party it accuses):",
                "  SUPPORTED (a finding is VIOLATED) > CONTESTED > UNDETERMINED > NOT_SUPPORTED (all COMPLIANT).",
                "  A claim about a clause that no term models, or about no clause at all, is UNDETERMINED and says so.",
                "",
                "Exit codes:",
                "  0  evaluated; no finding is VIOLATED",
                "  1  internal error (a bug in truce: please report it)",
                "  2  bad usage, bad input, or rules that do not compile: nothing evaluated, no output written",
                "  3  evaluated; at least one finding is VIOLATED",
                "",
                "Errors go to stderr, one line each: FILE:LINE:COL: JSON.PATH: what was expected, what was found.",
                "",
                "Examples:",
                "  truce check                                   the bundled fact set, as a table",
                "  truce check --format json -o report.json      the same as truce-report/1 JSON",
                "  truce check my-facts.json --rules my-rules/   another fact set, with an edited copy of the rules",
                "  truce check --set daily-aid-trucks.minimum-per-day=300   what if the daily minimum were 300?"})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, markdown, html }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FACTS.json", arity = "0..*", description = "Fact sets to check (default: the bundled data/gaza-2023-11.json).")
    private List<Path> factFiles = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Load the rule set (DRL files and clauses.json) from DIR instead of rules/<agreement>/. Rules are code: load only rule sets from people you trust.")
    private Path rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json is truce-report/1.")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (replaced only when the run succeeds) instead of standard output.")
    private Path output;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Replace a parameter of the rule set for this run (a what-if), e.g. daily-aid-trucks.minimum-per-day=300. Repeatable.")
    private Map<String, Long> overrides = new LinkedHashMap<>();

    @Option(names = "--max-input-mb", paramLabel = "MB", defaultValue = "" + Limits.DEFAULT_MAX_INPUT_MB,
            description = "Refuse a fact set larger than MB mebibytes (default: ${DEFAULT-VALUE}), unread: a guard against files that would exhaust memory.")
    private int maxInputMb;

    @Option(names = "--max-depth", paramLabel = "N", defaultValue = "" + Limits.DEFAULT_MAX_DEPTH,
            description = "Refuse a fact set whose objects and lists nest deeper than N (default: ${DEFAULT-VALUE}).")
    private int maxDepth;

    @Option(names = "--max-string", paramLabel = "N", defaultValue = "" + Limits.DEFAULT_MAX_STRING,
            description = "Refuse a fact set with a string longer than N characters (default: ${DEFAULT-VALUE}).")
    private int maxString;

    @Option(names = "--max-pause-days", paramLabel = "N", defaultValue = "" + Limits.DEFAULT_MAX_PAUSE_DAYS,
            description = "Refuse a fact set whose extensions add more than N pause days in all (default: ${DEFAULT-VALUE}).")
    private int maxPauseDays;

    private boolean progress;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (output != null) {
            String problem = outputProblem(output);
            if (problem != null) {
                err.println(Home.display(output) + ": " + problem);
                return Main.BAD_INPUT;
            }
        }
        if (rules != null && !Files.isDirectory(rules)) {
            err.println(Home.display(rules) + ": expected a rule-set folder for --rules, found " + (Files.exists(rules) ? "a file" : "nothing"));
            return Main.BAD_INPUT;
        }
        if (maxInputMb < 1 || maxInputMb > 1 << 20 || maxDepth < 1 || maxString < 1) {
            err.println("truce: expected --max-input-mb from 1 to " + (1 << 20) + ", --max-depth and --max-string of at least 1, found "
                    + maxInputMb + ", " + maxDepth + " and " + maxString);
            return Main.BAD_INPUT;
        }
        if (maxPauseDays < 0 || maxPauseDays > Limits.MAX_PAUSE_DAYS) {
            err.println("truce: expected --max-pause-days from 0 to " + Limits.MAX_PAUSE_DAYS + ", found " + maxPauseDays);
            return Main.BAD_INPUT;
        }
        List<Path> files = factFiles.isEmpty() ? List.of(Home.defaultFacts()) : factFiles;
        RuleSets ruleSets = new RuleSets(Home.root().resolve("rules"), rules);
        FactSetLoader loader = new FactSetLoader(ruleSets, Limits.of(maxInputMb, maxString, maxDepth, maxPauseDays));
        Checker checker = new Checker();
        List<Report> reports = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                progress("loading " + Home.display(file) + "…");
                FactSet facts = loader.load(file, Home.display(file));
                RuleBook book = ruleSets.book(facts.agreement());
                try {
                    progress("evaluating " + facts.prisoners().size() + " prisoners, " + facts.days().size() + " days…");
                    reports.add(checker.check(facts, book, overrides));
                } catch (ConsequenceException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    progress(null);
                    err.println("truce: internal error: rule \"" + e.getMatch().getRule().getName() + "\" failed while checking "
                            + Home.display(file) + ": " + cause);
                    return Main.INTERNAL_ERROR;
                }
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            } catch (RuleSets.RuleSetException e) {
                problems.addAll(e.problems().problems());
            } catch (Checker.UnknownParameterException e) {
                problems.add(new Problem("--set", 0, 0, "", e.getMessage()));
            }
        }
        progress(null);
        if (!problems.isEmpty()) {
            problems.stream().distinct().forEach(p -> err.println(p));
            return Main.BAD_INPUT;
        }
        ReportWriter writer = switch (format) {
            case text -> new TextReport();
            case json -> new JsonReport();
            case markdown -> new MarkdownReport();
            case html -> new HtmlReport();
        };
        progress("writing…");
        StringWriter text = new StringWriter();
        writer.write(reports, text);
        progress(null);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        } else {
            try {
                AtomicFile.write(output, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                err.println(Home.display(output) + ": expected a folder that can be written to, found one that refused the report");
                return Main.BAD_INPUT;
            }
        }
        return reports.stream().anyMatch(Report::anyViolated) ? Main.VIOLATED : Main.OK;
    }

    /** Whether this run shows what it is doing on stderr (when stderr is a terminal; see {@link Main#run}). */
    void showProgress(boolean shown) {
        this.progress = shown;
    }

    /** What the run is doing, on one line of stderr, when progress is shown; {@code null} clears the line. */
    private void progress(String step) {
        if (progress) {
            PrintWriter err = spec.commandLine().getErr();
            err.print(step == null ? "\r\033[K" : "\r\033[Ktruce: " + step);
            err.flush();
        }
    }

    private static String outputProblem(Path output) {
        Path parent = output.toAbsolutePath().getParent();
        if (Files.isDirectory(output)) {
            return "expected a file to write the report to, found a folder";
        }
        if (parent == null || !Files.isDirectory(parent)) {
            return "expected a folder that exists to write the report in, found none";
        }
        if (!Files.isWritable(parent)) {
            return "expected a folder that can be written to, found one that cannot";
        }
        return null;
    }

}
