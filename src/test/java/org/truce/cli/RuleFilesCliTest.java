package org.truce.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.factset.Problem;
import org.truce.testing.RuleBooks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A DRL file of a --rules folder that is not a file (a FIFO, a device) is refused, not read: reading it could wait forever. */
@DisplayName("Security: --rules reads rule files only")
class RuleFilesCliTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DisplayName("a --rules folder whose DRL is a FIFO is refused: exit 2, one located line, no report")
    void fifo() throws Exception {
        try (Stream<Path> files = Files.list(RuleBooks.BUNDLED)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path fifo = dir.resolve("extra.drl");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor()).isZero();
        var r = Cli.run("check", "--rules", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly(Problem.display(fifo) + ": expected a DRL file, found a FIFO");
    }

    /** Gives a reader stuck opening a FIFO of the test its end of file: opened to read and write, a FIFO does not wait. */
    @AfterEach
    void unblockFifos() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                if (Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()) {
                    try (var ignored = Files.newByteChannel(p, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                        // Opened and closed: that is all a stuck reader needs.
                    }
                }
            }
        }
    }
}
