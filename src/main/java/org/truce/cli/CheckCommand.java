package org.truce.cli;

import org.kie.api.runtime.rule.ConsequenceException;
import org.truce.check.AsOf;
import org.truce.check.Checker;
import org.truce.check.Report;
import org.truce.check.Scenario;
import org.truce.factset.FactSet;
import org.truce.factset.FactSetLoader;
import org.truce.factset.InvalidInputException;
import org.truce.factset.Limits;
import org.truce.factset.Problem;
import org.truce.factset.TerminalText;
import org.truce.report.CsvReport;
import org.truce.report.HtmlReport;
import org.truce.report.JsonReport;
import org.truce.report.MarkdownReport;
import org.truce.report.ReportWriter;
import org.truce.report.TextReport;
import org.truce.rulebook.ClauseIndex;
import org.truce.rulebook.RuleBook;
import org.truce.rulebook.RuleCache;
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
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code truce check}: loads fact sets, checks each against its agreement's rules, and writes the report. */
@Command(name = "check",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
                "Checks fact sets against the terms of their agreement, as reported.",
                "",
                "Each FACTS file (truce-facts/1 JSON) is checked against the rules of its agreement; the report gives, "
                        + "for every term and every day it applies to, a finding with its status and the sourced accounts "
                        + "behind it. With no FACTS, checks the bundled data/gaza-2023-11.json (the November 2023 pause); "
                        + "data/gaza-2025-01.json is the January 2025 cease-fire, phase one."},
        footerHeading = "%n",
        footer = {
                "Statuses of a finding:",
                "  COMPLIANT     every account of the reports shows the term met",
                "  VIOLATED      every account shows the term breached",
                "  CONTESTED     the accounts disagree; each account is shown",
                "  UNDETERMINED  there is no account: an input of the term has no report",
                "                that day, or none that decides it (each such report is",
                "                listed, with why). Missing facts never make a term",
                "                COMPLIANT.",
                "An account is one way of reading the reports: each source's figure, or,",
                "for a term with several inputs, each combination of one source's figure",
                "per input.",
                "A clause reported more than one way has readings (who holds each is",
                "listed under the table). Every reading is evaluated side by side; a",
                "status that depends on the reading shows as CONTESTED (readings), and",
                "--reading keeps one. No reading is the default.",
                "",
                "Verdicts of a claim (from the findings of its term, on its dates, against",
                "the party it accuses), strongest first:",
                "  SUPPORTED (a finding is VIOLATED), CONTESTED, UNDETERMINED,",
                "  NOT_SUPPORTED (all COMPLIANT). A claim about a clause that no term",
                "  models, or about no clause at all, is UNDETERMINED and says so.",
                "",
                "Exit codes:",
                "  0  evaluated; no finding is VIOLATED",
                "  1  internal error (a bug in truce: please report it)",
                "  2  bad usage, bad input, or rules that do not compile: nothing",
                "     evaluated, no output written",
                "  3  evaluated; at least one finding is VIOLATED",
                "",
                "Errors go to stderr, one line each:",
                "  FILE:LINE:COL: JSON.PATH: what was expected, what was found",
                "",
                "Examples:",
                "  ./truce check                       the bundled fact set, as a table",
                "  ./truce check --format json -o r.json   the same as truce-report/1 JSON",
                "  ./truce check mine.json --rules my-rules/   another fact set, edited rules",
                "  ./truce check mine.json --watch     re-check on every save",
                "  ./truce check --reading T06=300-including-fuel",
                "                                      only one reading of clause T06",
                "  ./truce check --set daily-aid-trucks.minimum-per-day=250",
                "                                      what if the minimum were 250?",
                "  ./truce check --as-of 2023-11-25T16:00+02:00",
                "                                      only the reports published by then",
                "  ./truce check --format csv -o accounts.csv",
                "                                      every account, a row each, for a",
                "                                      spreadsheet"})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, markdown, html, csv }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FACTS.json", arity = "0..*", description = "Fact sets to check (default: the bundled data/gaza-2023-11.json).")
    private List<Path> factFiles = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Load the rule set (DRL files and clauses.json) from DIR instead of rules/<agreement>/. Rules are code: load only rule sets from people you trust.")
    private Path rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json is truce-report/1; csv is one row per account "
                    + "(run, finding, term, clause, date, party, reading, status, sources, selfReported, detail) for a spreadsheet; a finding with no account has none.")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (replaced only when the run succeeds) instead of standard output.")
    private String output;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Replace a parameter of the rule set for this run (a what-if); the names are in the rule set's clauses.json, and an unknown name is refused with the names that exist. Repeatable.")
    private List<String> overrides = new ArrayList<>();

    @Option(names = "--reading", paramLabel = "CLAUSE=ID",
            description = "Keep only this reading of a clause reported more than one way (a what-if; by default every reading is evaluated side by side), e.g. T06=300-including-fuel. An unknown clause or reading is refused with those that exist. Repeatable.")
    private List<String> readings = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "INSTANT|DATE",
            description = "Check only what was known then: the entries, extensions, notes and claims whose source was published by INSTANT "
                    + "(ISO-8601 with an offset, e.g. 2023-11-25T16:00+02:00) or by the end of DATE (e.g. 2023-11-25) in the agreement's local time. "
                    + "A source published on a date counts from the end of that day; one without a publication date is left out. Every report says so in its header.")
    private String asOf;

    @Option(names = "--watch",
            description = "Check, then check again each time a fact file or a rule file changes, printing each new report under a one-line header; "
                    + "bad input prints its errors and waits for the next save. Runs in the foreground until Ctrl-C.")
    private boolean watch;

    @Option(names = "--width", paramLabel = "N",
            description = "Fit the text table to N columns; default: the terminal's width when standard output is a terminal (COLUMNS, else 80), else the whole summaries. 0 shows the whole summaries.")
    private Integer width;

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
    private RuleCache cache;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = factFiles.isEmpty() ? List.of(Home.defaultFacts()) : factFiles;
        // "-" is standard output, as for most tools.
        Path target = output == null || output.equals("-") ? null : Path.of(output);
        if (target != null) {
            String problem = OutputTarget.problem(output, target, inputs(files), "the report");
            if (problem != null) {
                err.println(new Problem(Home.display(target), 0, 0, "", problem));
                return Main.BAD_INPUT;
            }
        }
        if (rules != null && !Files.isDirectory(rules)) {
            err.println(new Problem(Home.display(rules), 0, 0, "",
                    "expected a rule-set folder for --rules, found " + (Files.exists(rules) ? "a file" : "nothing")));
            return Main.BAD_INPUT;
        }
        if (maxInputMb < 1 || maxInputMb > 1 << 20) {
            err.println("truce: --max-input-mb: expected a whole number from 1 to " + (1 << 20) + ", found " + maxInputMb);
            return Main.BAD_INPUT;
        }
        if (maxDepth < 1) {
            err.println("truce: --max-depth: expected a whole number of at least 1, found " + maxDepth);
            return Main.BAD_INPUT;
        }
        if (maxString < 1) {
            err.println("truce: --max-string: expected a whole number of at least 1, found " + maxString);
            return Main.BAD_INPUT;
        }
        if (maxPauseDays < 0 || maxPauseDays > Limits.MAX_PAUSE_DAYS) {
            err.println("truce: --max-pause-days: expected a whole number from 0 to " + Limits.MAX_PAUSE_DAYS + ", found " + maxPauseDays);
            return Main.BAD_INPUT;
        }
        if (width != null && width < 0) {
            err.println("truce: --width: expected 0 (the whole summaries) or a number of columns, found " + width);
            return Main.BAD_INPUT;
        }
        // --rules naming a bundled rule set itself is no what-if: the rules are the bundled ones.
        Scenario scenario = WhatIf.scenario(overrides, readings, rules == null || bundled(rules) ? null : Home.display(rules), err);
        if (scenario == null) {
            return Main.BAD_INPUT;
        }
        if (asOf != null) {
            try {
                scenario = scenario.withAsOf(AsOf.parse(asOf));
            } catch (DateTimeException e) {
                String why = asOf.strip().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?") ? " (no offset: add one, e.g. +02:00)" : "";
                err.println(TerminalText.escape("truce: --as-of: expected " + AsOf.EXPECTED + ", found " + Problem.quoted(asOf) + why));
                return Main.BAD_INPUT;
            }
        }
        // One cache for the whole command, so its one note (if the folder is not the user's own) is said once, even under --watch.
        cache = RuleCache.standard(note -> {
            progress(null);
            err.println(TerminalText.escape(note));
        });
        Run run = new Run(files, scenario, target);
        if (watch) {
            return new Watcher(this, run, spec.commandLine().getOut(), err).watch(watchedFolders(files));
        }
        return run.once(newRuleSets());
    }

    /** One check of every fact file, as the command line asked for it; {@code --watch} repeats it. */
    final class Run {
        private final List<Path> files;
        private final Scenario scenario;
        private final Path target;

        Run(List<Path> files, Scenario scenario, Path target) {
            this.files = files;
            this.scenario = scenario;
            this.target = target;
        }

        List<Path> files() {
            return files;
        }

        /** Loads, checks and writes; returns the exit code. {@code ruleSets} may hold rule books compiled by an earlier run. */
        int once(RuleSets ruleSets) throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            FactSetLoader loader = new FactSetLoader(ruleSets, Limits.of(maxInputMb, maxString, maxDepth, maxPauseDays));
            List<Report> reports = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            Set<RuleBook> warned = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Path file : files) {
                try {
                    progress("loading " + TerminalText.escape(Home.display(file)) + "…");
                    FactSet facts = loader.load(file, Home.display(file));
                    RuleBook book = ruleSets.book(facts.agreement());
                    if (warned.add(book)) {
                        book.warnings().forEach(err::println);
                    }
                    Problem unknown = WhatIf.unknown(book.index(), scenario);
                    if (unknown != null) {
                        problems.add(unknown);
                        continue;
                    }
                    try {
                        progress("evaluating " + (facts.prisoners().isEmpty() ? "" : facts.prisoners().size() + " prisoners, ")
                                + facts.days().size() + " days…");
                        reports.add(new Checker(Agreements.summariser(facts.agreement())).check(facts, book, scenario));
                    } catch (ConsequenceException e) {
                        Throwable cause = e.getCause() == null ? e : e.getCause();
                        progress(null);
                        err.println(TerminalText.escape("truce: internal error: rule \"" + e.getMatch().getRule().getName()
                                + "\" failed while checking " + Home.display(file) + ": " + cause));
                        return Main.INTERNAL_ERROR;
                    }
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                } catch (RuleSets.RuleSetException e) {
                    problems.addAll(e.problems().problems());
                }
            }
            progress(null);
            if (!problems.isEmpty()) {
                problems.stream().distinct().forEach(err::println);
                return Main.BAD_INPUT;
            }
            ReportWriter writer = switch (format) {
                case text -> new TextReport(width != null ? width : TableWidth.ofThisProcess());
                case json -> new JsonReport();
                case markdown -> new MarkdownReport();
                case html -> new HtmlReport(Agreements::charts);
                case csv -> new CsvReport();
            };
            progress("writing…");
            StringWriter text = new StringWriter();
            writer.write(reports, text);
            progress(null);
            if (target == null) {
                PrintWriter out = spec.commandLine().getOut();
                out.print(text);
                out.flush();
            } else {
                try {
                    AtomicFile.write(target, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    err.println(new Problem(Home.display(target), 0, 0, "", "expected a folder that can be written to, found one that refused the report"));
                    return Main.BAD_INPUT;
                }
            }
            return reports.stream().anyMatch(Report::anyViolated) ? Main.VIOLATED : Main.OK;
        }
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

    /**
     * The files an output must never replace: the fact files of this run, every file of its rule set, and truce's own
     * bundled rules and data (a report written over the bundled fact set would lose it just the same).
     */
    private List<Path> inputs(List<Path> files) {
        List<Path> inputs = new ArrayList<>(files);
        List<Path> folders = new ArrayList<>(bundledRuleFolders());
        folders.add(Home.root().resolve("data"));
        if (rules != null) {
            folders.add(rules);
        }
        for (Path folder : folders) {
            try (Stream<Path> list = Files.list(folder)) {
                list.forEach(inputs::add);
            } catch (IOException e) {
                // Not a folder, or unreadable: the run itself says so.
            }
        }
        return inputs;
    }

    /** Whether {@code rules} is one of the bundled rule-set folders (rules/AGREEMENT), however it is named. */
    private static boolean bundled(Path rules) {
        try {
            Path parent = rules.toRealPath().getParent();
            return parent != null && parent.equals(Home.root().resolve("rules").toRealPath());
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The folders whose changes --watch follows: each fact file's, and the rule sets' (--rules, else the bundled ones). */
    private List<Path> watchedFolders(List<Path> files) {
        List<Path> candidates = new ArrayList<>();
        files.forEach(f -> candidates.add(f.toAbsolutePath().normalize().getParent()));
        candidates.addAll(rules != null ? List.of(rules) : bundledRuleFolders());
        List<Path> folders = new ArrayList<>();
        for (Path folder : candidates) {
            Path abs = folder == null ? null : folder.toAbsolutePath().normalize();
            if (abs != null && !folders.contains(abs)) {
                folders.add(abs);
            }
        }
        return folders;
    }

    /** The folder of each bundled agreement's rule set, {@code rules/<agreement>/} beside the tool. */
    private static List<Path> bundledRuleFolders() {
        try (Stream<Path> agreements = Files.list(Home.root().resolve("rules"))) {
            return agreements.filter(Files::isDirectory).toList();
        } catch (IOException e) {
            return List.of(); // No bundled rules: nothing there to protect or to watch.
        }
    }

    /** Whether {@code changed} is a rule file (a DRL file or a clause index), whose change means compiling the rules again. */
    boolean isRuleFile(Path changed) {
        String name = changed.getFileName().toString();
        return name.endsWith(".drl") || name.equals("clauses.json");
    }

    /** Rule sets that compile (or take from the cache) each agreement's rules once; {@code --watch} makes new ones when a rule file changes. */
    RuleSets newRuleSets() {
        return new RuleSets(Home.root().resolve("rules"), rules, cache);
    }
}
