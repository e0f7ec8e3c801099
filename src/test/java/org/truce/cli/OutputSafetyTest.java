package org.truce.cli;

import org.truce.testing.RuleBooks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** --output: the report is renamed into place only when the run succeeds; a failed run leaves the folder as it was. */
@DisplayName("Nothing lost: a failed run leaves an existing report untouched and no partial file")
class OutputSafetyTest {

    @TempDir
    Path dir;

    static final String OLD_REPORT = "the report of yesterday's run\n";

    @Test
    @DisplayName("bad input (exit 2): the existing report is untouched, no other file appears")
    void badInputKeepsTheReport() throws IOException {
        Path out = existingReport();
        List<String> before = listing();
        var r = Cli.run("check", "src/test/resources/bad-input/many-problems-together.json", "--output", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertUntouched(out, before);
    }

    @Test
    @DisplayName("rules that do not compile (exit 2): the existing report is untouched")
    void badRulesKeepTheReport() throws IOException {
        Path rules = copyRules();
        Files.writeString(rules.resolve("daily-aid-trucks.drl"), "rule \"broken\" when then");
        Path out = existingReport();
        List<String> before = listing();
        var r = Cli.run("check", "--rules", rules.toString(), "--format", "json", "--output", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertUntouched(out, before);
    }

    @Test
    @DisplayName("a rule that fails while evaluating (exit 1): the existing report is untouched")
    void internalErrorKeepsTheReport() throws IOException {
        Path rules = copyRules();
        Files.writeString(rules.resolve("broken.drl"), RuleBooks.FAILING_RULE);
        Path out = existingReport();
        List<String> before = listing();
        var r = Cli.run("check", "--rules", rules.toString(), "--output", out.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertUntouched(out, before);
    }

    @Test
    @DisplayName("a successful run replaces the report whole and leaves no temporary file")
    void successReplacesTheReport() throws IOException {
        Path out = existingReport();
        var r = Cli.run("check", "--format", "json", "--output", out.toString());
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("{").contains("\"format\": \"truce-report/1\"").doesNotContain(OLD_REPORT.trim());
        assertThat(listing()).containsExactly("report.txt");
    }

    @Test
    @DisplayName("an output path under a file, or that is a folder: a clear error before any work")
    void outputPathNotAFolder() throws IOException {
        Path file = existingReport();
        var under = Cli.run("check", "--output", file.resolve("report.json").toString());
        assertThat(under.exitCode()).isEqualTo(2);
        assertThat(under.err().lines()).containsExactly(Home.display(file.resolve("report.json"))
                + ": expected a folder that exists to write the report in, found none");
        var folder = Cli.run("check", "--output", dir.toString());
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err().lines()).containsExactly(Home.display(dir) + ": expected a file to write the report to, found a folder");
        assertThat(Files.readString(file)).isEqualTo(OLD_REPORT);
    }

    @Test
    @DisplayName("an output folder that cannot be written to: a clear error (skipped when run as root, who can write anywhere)")
    void outputFolderNotWritable() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "this user can write to a read-only folder (root)");
            var r = Cli.run("check", "--output", locked.resolve("report.txt").toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err().lines()).containsExactly(Home.display(locked.resolve("report.txt"))
                    + ": expected a folder that can be written to, found one that cannot");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    @DisplayName("a folder the system refuses to write in, even to root (/sys): a clear error, exit 2, no stack trace")
    void outputFolderRefusesWrites() {
        Path sys = Path.of("/sys");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(sys), "needs Linux's /sys");
        Path target = sys.resolve("truce-report.txt");
        var r = Cli.run("check", "--output", target.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly(Home.display(target)
                + ": expected a folder that can be written to, found one that refused the report");
        assertThat(target).doesNotExist();
    }

    @Test
    @DisplayName("an input of the run as the output: refused, and the fact set is left as it was")
    void outputIsAnInput() throws IOException {
        Path facts = dir.resolve("facts.json");
        Files.copy(Path.of("data/gaza-2023-11.json"), facts);
        byte[] before = Files.readAllBytes(facts);
        var r = Cli.run("check", facts.toString(), "--output", facts.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly(Home.display(facts)
                + ": expected a file that is not an input of this run, found " + Home.display(facts) + " (it would be overwritten)");
        assertThat(Files.readAllBytes(facts)).isEqualTo(before);
        Path rules = copyRules();
        var rule = Cli.run("check", "--rules", rules.toString(), "--output", rules.resolve("daily-aid-trucks.drl").toString());
        assertThat(rule.exitCode()).isEqualTo(2);
        assertThat(rule.err()).contains("expected a file that is not an input of this run");
    }

    @Test
    @DisplayName("a device, a pipe or a symbolic link as the output: refused, never replaced by a file")
    void outputNotARegularFile() throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path target = existingReport();
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);
        for (Path out : List.of(fifo, link, Path.of("/dev/null"))) {
            var r = Cli.run("check", "--output", out.toString());
            assertThat(r.exitCode()).as(out.toString()).isEqualTo(2);
            assertThat(r.err()).as(out.toString()).contains("expected a regular file or a new name to write the report to");
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isRegularFile(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.readString(target)).isEqualTo(OLD_REPORT);
        assertThat(Path.of("/dev/null")).isNotEqualTo(null);
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    @DisplayName("a name ending in '/' names a folder: refused, and no file of that name appears")
    void outputWithTrailingSlash() throws IOException {
        var r = Cli.run("check", "--output", dir.resolve("nothere").toString() + "/");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("expected a file to write the report to, found a name ending in '/'");
        assertThat(dir.resolve("nothere")).doesNotExist();
    }

    @Test
    @DisplayName("a replaced report keeps its mode; a new report gets the mode of any new file (the umask), not 0600")
    void reportModes() throws IOException {
        Path kept = existingReport();
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw-r--"));
        assertThat(Cli.run("check", "--output", kept.toString()).exitCode()).isEqualTo(0);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-rw-r--");

        Path probe = Files.createFile(dir.resolve("probe"));
        String umaskMode = PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
        Path fresh = dir.resolve("fresh.html");
        assertThat(Cli.run("check", "--format", "html", "--output", fresh.toString()).exitCode()).isEqualTo(0);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo(umaskMode);
    }

    private Path existingReport() throws IOException {
        Path out = dir.resolve("report.txt");
        Files.writeString(out, OLD_REPORT);
        Files.setLastModifiedTime(out, FileTime.fromMillis(1_000_000_000_000L));
        return out;
    }

    private void assertUntouched(Path out, List<String> before) throws IOException {
        assertThat(Files.readString(out)).isEqualTo(OLD_REPORT);
        assertThat(Files.getLastModifiedTime(out)).isEqualTo(FileTime.fromMillis(1_000_000_000_000L));
        assertThat(listing()).isEqualTo(before);
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("rules")).sorted().toList();
        }
    }

    private Path copyRules() throws IOException {
        return RuleBooks.copyBundled(dir);
    }
}
