package org.truce.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule cache as a user meets it: a cache folder others may write to, or no home folder at all, costs a compile
 * and one line on stderr, and the check runs as before. Each run is a JVM of its own, with the environment of a user
 * who has not set TRUCE_CACHE_DIR unless the test sets it.
 */
@DisplayName("Security: the rule cache on the command line")
class CacheFolderCliTest {

    @TempDir
    Path dir;

    private Cli.Result truce(Map<String, String> environment, List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dtruce.home=" + Path.of("").toAbsolutePath(), "-cp", System.getProperty("java.class.path"), "org.truce.cli.Main"));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("truce-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile());
            builder.environment().remove("TRUCE_CACHE_DIR");
            builder.environment().remove("XDG_CACHE_HOME");
            builder.environment().putAll(environment);
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("truce did not finish: " + command);
            }
            return new Cli.Result(process.exitValue(), out, Files.readString(err));
        } finally {
            Files.delete(err);
        }
    }

    @Test
    @DisplayName("a cache folder others may write to: the check runs, nothing is cached, and stderr says so in one line")
    void folderOthersMayWriteTo() throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared-cache"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        var r = truce(Map.of("TRUCE_CACHE_DIR", shared.toString()), List.of(), "check");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("CONTESTED (readings)");
        assertThat(r.err().lines()).containsExactly("truce: not caching compiled rules: " + shared
                + " is writable by group and others (make it a folder of your own, mode 700)");
        try (Stream<Path> files = Files.list(shared)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    @DisplayName("a uid with no passwd entry (user.home \"?\"): the check runs, nothing is written in the working folder")
    void noHomeFolder() throws Exception {
        var r = truce(Map.of(), List.of("-Duser.home=?"), "check");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("CONTESTED (readings)");
        assertThat(r.err().lines()).containsExactly("truce: not caching compiled rules: no home folder: Java's user.home is \"?\" "
                + "(set TRUCE_CACHE_DIR to a folder of your own, mode 700)");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
