package org.truce.rulebook;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.factset.InvalidInputException;
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
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayName("Loading a rule set")
class RuleBookLoaderTest {

    @TempDir
    Path dir;

    @TempDir
    Path elsewhere;

    static void copyBundled(Path to) throws IOException {
        try (Stream<Path> files = Files.list(RuleBooks.BUNDLED)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private InvalidInputException refused() {
        return catchThrowableOfType(InvalidInputException.class, () -> new RuleBookLoader().load(dir));
    }

    @Test
    @DisplayName("a DRL syntax error names the file and line and the compiler's message")
    void syntaxError() throws IOException {
        copyBundled(dir);
        Path aid = dir.resolve("daily-aid-trucks.drl");
        Files.writeString(aid, Files.readString(aid).replace("PauseDay( $date : date )", "PauseDay( $date : date"));
        var e = refused();
        assertThat(e).isNotNull();
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).endsWith("daily-aid-trucks.drl"));
        assertThat(e.problems().get(0).line()).isBetween(20, 40);
    }

    @Test
    @DisplayName("a folder whose DRL compiles to no rules is refused")
    void noRules() throws IOException {
        copyBundled(dir);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Files.writeString(f, "package empty;\n");
            }
        }
        assertThat(refused().problems()).extracting(Problem::message).anyMatch(m -> m.contains("found none"));
    }

    @Test
    @DisplayName("a rule without @clause metadata is refused")
    void missingMetadata() throws IOException {
        copyBundled(dir);
        Files.writeString(dir.resolve("extra.drl"), """
                package gaza_2023_11;
                import org.truce.check.*;
                rule "T06 An uncited rule"
                when PauseDay() then end
                """);
        assertThat(refused().problems()).extracting(Problem::message)
                .containsExactly("expected @clause(\"…\") and @term(\"…\") metadata, found neither");
    }

    @Test
    @DisplayName("a rule citing a clause missing from the index is refused")
    void unknownClause() throws IOException {
        copyBundled(dir);
        Files.writeString(dir.resolve("extra.drl"), """
                package gaza_2023_11;
                import org.truce.check.*;
                rule "T99 A rule of no clause" @clause("T99") @term("daily-aid-trucks")
                when PauseDay() then end
                """);
        assertThat(refused().problems()).extracting(Problem::message)
                .containsExactly("expected a clause id of clauses.json, found @clause(\"T99\")");
    }

    @Test
    @DisplayName("a clause that does not say how it is known (its provenance) is refused")
    void clauseWithoutProvenance() throws IOException {
        copyBundled(dir);
        Path index = dir.resolve("clauses.json");
        Files.writeString(index, Files.readString(index).replaceFirst("\"provenance\": \"both-parties\",\\s*", ""));
        assertThat(refused().problems()).extracting(Problem::path, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("clauses[0].provenance",
                        "expected how the clause is known, one of both-parties, one-party, mediators, press, disputed, found none"));
    }

    @Test
    @DisplayName("a clause marked disputed whose provenance is not disputed is refused")
    void disputedDisagreesWithProvenance() throws IOException {
        copyBundled(dir);
        Path index = dir.resolve("clauses.json");
        Files.writeString(index, Files.readString(index).replaceFirst("\"disputed\": false,(\\s*)\"provenance\": \"both-parties\"",
                "\"disputed\": true,$1\"provenance\": \"both-parties\""));
        assertThat(refused().problems()).extracting(Problem::path).containsExactly("clauses[0].disputed");
    }

    @Test
    @DisplayName("a folder with no clause index is refused")
    void noIndex() {
        assertThat(refused().problems()).singleElement().extracting(Problem::message).asString().contains("clause index clauses.json");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DisplayName("a DRL file that is a FIFO is refused in one located line, not read (reading it would wait forever)")
    void fifoIsRefused() throws Exception {
        copyBundled(dir);
        Path fifo = dir.resolve("extra.drl");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor()).isZero();
        assertThat(refused()).isNotNull().extracting(InvalidInputException::problems).asList()
                .extracting(Object::toString).containsExactly(RuleBookLoader.display(fifo) + ": expected a DRL file, found a FIFO");
    }

    @Test
    @DisplayName("a DRL file that is a link to a device is refused, not read")
    void deviceIsRefused() throws Exception {
        copyBundled(dir);
        Path device = Files.createSymbolicLink(dir.resolve("extra.drl"), Path.of("/dev/null"));
        assertThat(refused()).isNotNull().extracting(InvalidInputException::problems).asList()
                .extracting(Object::toString).containsExactly(RuleBookLoader.display(device) + ": expected a DRL file, found a character device");
    }

    @Test
    @DisplayName("a DRL file that is a link to a regular file is read like the file")
    void linkToAFileIsRead() throws Exception {
        copyBundled(dir);
        Path aid = dir.resolve("daily-aid-trucks.drl");
        Files.createSymbolicLink(aid, Files.move(aid, elsewhere.resolve("daily-aid-trucks.drl")));
        assertThat(new RuleBookLoader(new RuleCache(null)).load(dir).rules()).isNotEmpty();
    }

    /** Gives a reader stuck opening a FIFO of the test its end of file: opened to read and write, a FIFO does not wait. */
    @AfterEach
    void unblockFifos() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                if (!Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()) {
                    continue;
                }
                try (var ignored = Files.newByteChannel(p, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                    // Opened and closed: that is all a stuck reader needs.
                }
            }
        }
    }
}
