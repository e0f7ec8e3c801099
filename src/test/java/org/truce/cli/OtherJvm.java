package org.truce.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs truce in a JVM of its own, from the classes this build made, as {@code ./truce} would. */
final class OtherJvm {

    private OtherJvm() {
    }

    static Cli.Result run(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.truce.cli.Main"));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("truce-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
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
}
