package org.truce.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.truce.factset.Problem;
import org.truce.factset.TerminalText;
import picocli.CommandLine;

import java.util.List;
import picocli.CommandLine.Command;

/** The {@code truce} command: parses the command line and delegates to a subcommand. */
@Command(name = "truce",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        subcommands = {CheckCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class},
        description = {
                "Checks the terms of a cease-fire or hostage-prisoner exchange agreement, as reported, against the "
                        + "reported facts of each day. Each term is a Drools rule; each finding names the clause, who reported "
                        + "it, the party bound, a status, and the sourced accounts behind it.",
                "",
                "Run 'truce check' to check the bundled fact set data/gaza-2023-11.json, 'truce check data/gaza-2025-01.json' "
                        + "for the second bundled agreement; 'truce help check' for more."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:evaluated; no finding is VIOLATED",
                "1:internal error (a bug in truce: please report it)",
                "2:bad usage, bad input, or rules that do not compile (nothing evaluated, no output written)",
                "3:evaluated; at least one finding is VIOLATED"})
public final class Main {

    /** The process exit codes, as documented in {@code --help}. */
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    public static final int VIOLATED = 3;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line and returns its exit code; output goes to System.out and System.err. Progress is shown
     * when {@code truce.progress} says so (the launcher sets it when stderr is a terminal), else when the JVM has a
     * console.
     */
    public static int run(String... args) {
        String shown = System.getProperty("truce.progress");
        boolean progress = shown == null ? System.console() != null : Boolean.parseBoolean(shown);
        // Reports and messages are UTF-8 whatever the locale, as the docs say: a C locale must not turn "–" into "?".
        return run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), progress, args);
    }

    /** Runs the command line with its own streams (tests give their own). */
    static int run(PrintWriter out, PrintWriter err, boolean progress, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        ((CheckCommand) cli.getSubcommands().get("check").getCommand()).showProgress(progress);
        cli.setExitCodeExceptionMapper(e -> BAD_INPUT);
        cli.setParameterExceptionHandler((e, a) -> {
            if (e instanceof CommandLine.UnmatchedArgumentException u && u.getCommandLine() == cli && !u.getUnmatched().isEmpty()
                    && !u.getUnmatched().get(0).startsWith("-")) {
                String typed = u.getUnmatched().get(0);
                List<String> like = u.getSuggestions();
                cli.getErr().println("truce: expected a command (" + String.join(", ", cli.getSubcommands().keySet()) + "), found "
                        + Problem.quoted(typed) + (like.isEmpty() ? "" : "; did you mean " + like.get(0) + "?"));
                cli.getErr().println("Run 'truce --help' for usage.");
                return BAD_INPUT;
            }
            e.getCommandLine().getErr().println("truce: " + TerminalText.escape(e.getMessage()));
            e.getCommandLine().getErr().println("Run 'truce " + (e.getCommandLine().getCommandName().equals("truce") ? "" : e.getCommandLine().getCommandName() + " ") + "--help' for usage.");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, c, parsed) -> {
            c.getErr().println("truce: internal error: " + TerminalText.escape(String.valueOf(e)) + (System.getenv("TRUCE_DEBUG") == null ? " (set TRUCE_DEBUG=1 for the stack trace)" : ""));
            if (System.getenv("TRUCE_DEBUG") != null) {
                e.printStackTrace(c.getErr());
            }
            return INTERNAL_ERROR;
        });
        if (args.length == 0) {
            cli.usage(cli.getOut());
            return OK;
        }
        return cli.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"truce " + (v == null ? "(development build)" : v)};
        }
    }
}
