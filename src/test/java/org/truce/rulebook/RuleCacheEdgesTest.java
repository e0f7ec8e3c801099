package org.truce.rulebook;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.truce.testing.RuleBooks;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule cache at its edges: each folder it may not use, with the one note that says why; the largest entry it
 * reads; and what its key depends on beyond the rules: the JVM, and truce's own build. Another JVM or build cannot
 * be had in one test run, so those are changed where truce reads them (a system property; the fingerprint truce
 * computes once per run, reset or replaced here as another run would find it); likewise an unknown uid.
 */
@DisplayName("Rule cache edges: a note for each folder not used, the largest entry read, a key per JVM and per build")
class RuleCacheEdgesTest {

    @TempDir
    Path dir;

    private static final List<KieBase> RULES = RuleBooks.bundled().parts();
    private static final Map<String, byte[]> FILES = Map.of("x.drl", "x".getBytes(StandardCharsets.UTF_8));

    private final List<String> notes = new ArrayList<>();

    private static String notCaching(String why) {
        return "truce: not caching compiled rules: " + why;
    }

    private static final String CHOOSE_ANOTHER = " (set " + RuleCache.DIR_VARIABLE + " to a folder of your own, mode 700)";

    /** Writes and reads an entry through {@code cache}: whether it was read back. */
    private static boolean roundTrip(RuleCache cache) {
        String key = RuleCache.key(FILES);
        cache.write(key, RULES);
        return cache.read(key).isPresent();
    }

    @Test
    @DisplayName("a cache folder that is a file is not used; truce says it is not a folder, once")
    void aFile() throws IOException {
        Path file = Files.writeString(dir.resolve("cache"), "a file");
        assertThat(roundTrip(new RuleCache(file, notes::add))).isFalse();
        assertThat(notes).containsExactly(notCaching(file.toAbsolutePath() + " is not a folder" + CHOOSE_ANOTHER));
        assertThat(file).hasContent("a file");
    }

    @Test
    @DisplayName("a cache folder below a file cannot be read; truce says so, once")
    void belowAFile() throws IOException {
        Path folder = Files.writeString(dir.resolve("cache"), "a file").resolve("truce");
        assertThat(roundTrip(new RuleCache(folder, notes::add))).isFalse();
        assertThat(notes).containsExactly(notCaching(folder.toAbsolutePath() + " cannot be read (FileSystemException)" + CHOOSE_ANOTHER));
    }

    @Test
    @DisplayName("a missing cache folder that cannot be made (a link to nothing in the way) is not used; truce says so, once")
    void cannotBeMade() throws IOException {
        Path folder = Files.createSymbolicLink(dir.resolve("gone"), dir.resolve("nowhere")).resolve("truce");
        assertThat(roundTrip(new RuleCache(folder, notes::add))).isFalse();
        assertThat(notes).containsExactly(notCaching(folder.toAbsolutePath() + " cannot be made (FileAlreadyExistsException)"));
        assertThat(dir.resolve("nowhere")).doesNotExist();
    }

    @Test
    @DisplayName("a cache folder on a file system that records no owners is not used: who could change it cannot be told")
    void noOwners() throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + dir.resolve("c.zip").toUri()), Map.of("create", "true"))) {
            Path folder = Files.createDirectory(zip.getPath("/cache"));
            assertThat(roundTrip(new RuleCache(folder, notes::add))).isFalse();
            assertThat(notes).containsExactly(notCaching("cannot tell who owns /cache on this file system"));
        }
    }

    @Test
    @DisplayName("where truce cannot tell its uid, nothing is cached and truce says why, once; the uid is otherwise the process's own")
    void unknownUid() throws Exception {
        Field current = Uid.class.getDeclaredField("current");
        current.setAccessible(true);
        Object saved = current.get(null);
        try {
            current.set(null, OptionalInt.empty());
            RuleCache cache = new RuleCache(dir, notes::add);
            assertThat(roundTrip(cache)).isFalse();
            assertThat(roundTrip(cache)).isFalse();
            assertThat(notes).containsExactly(notCaching("cannot tell which uid truce runs as, so not who owns " + dir.toAbsolutePath()));
            try (var entries = Files.list(dir)) {
                assertThat(entries).as("nothing written").isEmpty();
            }
            current.set(null, null);
            assertThat(Uid.current()).as("found afresh, as a new run finds it")
                    .isEqualTo(OptionalInt.of((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")));
        } finally {
            current.set(null, saved);
        }
    }

    @Test
    @DisplayName("where there is no /proc, the owner of a file truce creates gives the uid: the same one")
    void uidOfANewFile() throws Exception {
        Method ofNewFile = Uid.class.getDeclaredMethod("ofNewFile");
        ofNewFile.setAccessible(true);
        assertThat(ofNewFile.invoke(null)).isEqualTo(OptionalInt.of((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")));
    }

    @Test
    @DisplayName("an entry of exactly 64 MiB is read; one byte more and it is not, and is deleted")
    void largestEntry() throws Exception {
        RuleCache cache = new RuleCache(dir);
        String key = RuleCache.key(FILES);
        cache.write(key, RULES);
        Path entry = dir.resolve(key + ".kpkg");
        long max = 64L << 20;
        for (long size : new long[] {max, max + 1}) {
            pad(entry, size);
            assertThat(Files.size(entry)).isEqualTo(size);
            assertThat(cache.read(key)).as("an entry of %d bytes", size).matches(read -> read.isPresent() == (size == max));
        }
        assertThat(entry).doesNotExist();
    }

    /** Rewrites the entry at {@code entry} to {@code size} bytes, its content padded with zeros, which the rule base ignores, and its digest made anew. */
    private static void pad(Path entry, long size) throws Exception {
        String format;
        String key;
        byte[] content;
        try (DataInputStream in = new DataInputStream(Files.newInputStream(entry))) {
            format = in.readUTF();
            key = in.readUTF();
            in.readUTF();
            content = in.readNBytes(in.readInt());
        }
        int header = (int) (Files.size(entry) - content.length);
        byte[] padded = Arrays.copyOf(content, (int) (size - header));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(padded.length + header);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(format);
            out.writeUTF(key);
            out.writeUTF(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(padded)));
            out.writeInt(padded.length);
            out.write(padded);
        }
        Files.write(entry, bytes.toByteArray());
    }

    @Test
    @DisplayName("another JVM gives another key")
    void keyPerJvm() {
        String version = System.getProperty("java.vm.version");
        String here = RuleCache.key(FILES);
        try {
            System.setProperty("java.vm.version", version + "-another");
            assertThat(RuleCache.key(FILES)).isNotEqualTo(here);
        } finally {
            System.setProperty("java.vm.version", version);
        }
        assertThat(RuleCache.key(FILES)).isEqualTo(here);
    }

    @Test
    @DisplayName("the next run of the same build finds the same key; another build of truce gives another key")
    void keyPerBuild() throws Exception {
        Field fingerprint = RuleCache.class.getDeclaredField("buildFingerprint");
        fingerprint.setAccessible(true);
        Object saved = fingerprint.get(null);
        try {
            fingerprint.set(null, null);
            String first = RuleCache.key(FILES);
            String build = (String) fingerprint.get(null);
            assertThat(build).as("a digest of truce's classes, not of nothing")
                    .isNotEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest()));
            fingerprint.set(null, null);
            assertThat(RuleCache.key(FILES)).as("the next run, which computes the fingerprint again").isEqualTo(first);
            fingerprint.set(null, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(build.getBytes(StandardCharsets.UTF_8))));
            assertThat(RuleCache.key(FILES)).as("a run of another build").isNotEqualTo(first);
        } finally {
            fingerprint.set(null, saved);
        }
    }

    @Test
    @DisplayName("the Drools part of the key names the version of Drools and the jar it is loaded from")
    void droolsInTheKey() throws Exception {
        Method version = RuleCache.class.getDeclaredMethod("version", Class.class);
        version.setAccessible(true);
        String implementation = KieBase.class.getPackage().getImplementationVersion();
        assertThat(implementation).as("kie-api says its version").isNotBlank();
        assertThat((String) version.invoke(null, KieBase.class))
                .isEqualTo(implementation + "@" + KieBase.class.getProtectionDomain().getCodeSource().getLocation());
    }
}
