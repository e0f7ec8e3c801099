package org.truce.cli;

import org.truce.factset.TerminalText;
import org.truce.rulebook.RuleSets;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * {@code truce check --watch}: checks, then checks again each time a fact file or a rule file changes, in this one
 * foreground JVM until it is interrupted (Ctrl-C). Compiled rules are kept between checks and compiled again only when
 * a rule file changes, so a re-check after an edit of the facts costs milliseconds. Bad input prints its located errors
 * and the loop waits for the next save: it never exits on bad input.
 */
final class Watcher {

    /** Editors save in bursts (write, rename, touch): changes this close together make one re-check. */
    private static final long SETTLE_MILLIS = 30;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final CheckCommand command;
    private final CheckCommand.Run run;
    private final PrintWriter out;
    private final PrintWriter err;

    Watcher(CheckCommand command, CheckCommand.Run run, PrintWriter out, PrintWriter err) {
        this.command = command;
        this.run = run;
        this.out = out;
        this.err = err;
    }

    /** Watches {@code folders} until interrupted; returns 0 then. */
    int watch(List<Path> folders) throws IOException {
        List<Path> facts = run.files().stream().map(f -> f.toAbsolutePath().normalize()).toList();
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            for (Path folder : folders) {
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
            RuleSets ruleSets = command.newRuleSets();
            check(ruleSets, "first check of " + String.join(", ", run.files().stream().map(Home::display).toList()));
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> changed = new TreeSet<>();
                WatchKey key = service.take();
                do {
                    collect(key, facts, changed);
                    key = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                } while (key != null);
                if (changed.isEmpty()) {
                    continue;
                }
                if (changed.stream().anyMatch(command::isRuleFile)) {
                    ruleSets = command.newRuleSets();
                }
                check(ruleSets, String.join(", ", changed.stream().map(Home::display).toList()) + " changed");
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }

    /** The files of one key's events that a check reads: the run's fact files, and rule files of the watched rule sets. */
    private void collect(WatchKey key, List<Path> facts, Set<Path> changed) {
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name) {
                Path file = folder.resolve(name).toAbsolutePath().normalize();
                if (facts.contains(file) || command.isRuleFile(file)) {
                    changed.add(file);
                }
            }
        }
        key.reset();
    }

    private void check(RuleSets ruleSets, String what) throws IOException {
        out.println("── " + LocalTime.now().format(CLOCK) + " · " + TerminalText.escape(what) + " ──");
        out.flush();
        long start = System.nanoTime();
        int code = run.once(ruleSets);
        long millis = (System.nanoTime() - start) / 1_000_000;
        err.println("truce: " + (code == Main.BAD_INPUT ? "not checked (see above)" : "checked") + " in " + millis
                + " ms; watching for changes (Ctrl-C stops)");
        err.flush();
    }
}
