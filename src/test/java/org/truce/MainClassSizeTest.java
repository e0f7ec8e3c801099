package org.truce;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader finds a class whole on a few screens: no main class grows past 400 lines unnoticed. */
@DisplayName("No main class is longer than 400 lines")
class MainClassSizeTest {

    @Test
    @DisplayName("every file under src/main/java has at most 400 lines")
    void noClassOver400Lines() throws IOException {
        List<String> long_;
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            long_ = files.filter(p -> p.toString().endsWith(".java")).filter(p -> lines(p) > 400)
                    .map(p -> p + ": " + lines(p) + " lines").toList();
        }
        assertThat(long_).as("split these along their seams").isEmpty();
    }

    private static long lines(Path p) {
        try {
            return Files.readAllLines(p).size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
