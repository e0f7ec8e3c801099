package org.truce.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gibibyte of junk, given to truce in a JVM whose heap is 32 MiB: refused in one line, without running out of
 * memory, whether the size limit stops it or, with the limit raised past it, the first bytes do. The file is sparse
 * (it takes no disk space) and deleted afterwards.
 */
@DisplayName("A 1 GiB file of junk is refused in one line by a JVM with a 32 MiB heap")
class HugeInputTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("refused from its size, or, with --max-input-mb raised, from its first bytes")
    void gibibyteOfJunk() throws Exception {
        Path junk = dir.resolve("junk.json");
        try (RandomAccessFile f = new RandomAccessFile(junk.toFile(), "rw")) {
            f.setLength(1L << 30);
        }
        try {
            var bySize = OtherJvm.run(List.of("-Xmx32m"), "check", junk.toString());
            assertThat(bySize.exitCode()).as(bySize.err()).isEqualTo(2);
            assertThat(bySize.out()).isEmpty();
            assertThat(bySize.err().lines()).containsExactly(
                    Home.display(junk) + ": expected a file of at most 256 MiB (--max-input-mb raises it), found 1024 MiB (not read)");

            var byContent = OtherJvm.run(List.of("-Xmx32m"), "check", junk.toString(), "--max-input-mb", "2048");
            assertThat(byContent.exitCode()).as(byContent.err()).isEqualTo(2);
            assertThat(byContent.err().lines()).containsExactly(Home.display(junk)
                    + ":1:1: $: expected UTF-8 JSON text, found a NUL byte (binary data, or UTF-16/UTF-32 text: save the file as UTF-8)");
        } finally {
            Files.delete(junk);
        }
    }
}
