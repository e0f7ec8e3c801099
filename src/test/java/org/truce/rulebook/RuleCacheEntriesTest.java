package org.truce.rulebook;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.truce.testing.RuleBooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache's entries as files: where they go, who may have written them, how many are kept, and what their key
 * depends on. Entries are written from the bundled rule base already compiled, so nothing is compiled here.
 */
@DisplayName("Rule cache entries: a private folder, entries only of this user, the newest 32 kept, a key per content")
class RuleCacheEntriesTest {

    @TempDir
    Path dir;

    private static final List<KieBase> RULES = RuleBooks.bundled().parts();

    private static Map<String, byte[]> files(String... namesAndContents) {
        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            files.put(namesAndContents[i], namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static List<String> kpkg(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".kpkg")).sorted().toList();
        }
    }

    @Test
    @DisplayName("the folder is made on the first write, readable by its user alone, and the entry reads back")
    void folderMadePrivate() throws IOException {
        Path folder = dir.resolve("a").resolve("truce");
        RuleCache cache = new RuleCache(folder);
        String key = RuleCache.key(files("x.drl", "x"));
        cache.write(key, RULES);
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(kpkg(folder)).containsExactly(key + ".kpkg");
        assertThat(cache.read(key)).isPresent();
        assertThat(cache.read(RuleCache.key(files("y.drl", "y")))).isEmpty();
        assertThat(new RuleCache(null).read(key)).isEmpty();
    }

    @Test
    @DisplayName("an entry that its group, or others, may write to is not read, and is deleted; one only others may read is read")
    void onlyPrivateEntriesOfThisUser() throws IOException {
        // The owner is now checked by uid (Uid.current()), not by user.name: the old user.name case no longer applies.
        RuleCache cache = new RuleCache(dir);
        String key = RuleCache.key(files("x.drl", "x"));
        Path entry = dir.resolve(key + ".kpkg");
        for (String permissions : List.of("rw-rw-r--", "rw-r--rw-")) {
            cache.write(key, RULES);
            assertThat(cache.read(key)).isPresent();
            Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString(permissions));
            assertThat(cache.read(key)).as(permissions).isEmpty();
            assertThat(entry).as(permissions).doesNotExist();
        }
        cache.write(key, RULES);
        Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(cache.read(key)).isPresent();
    }

    @Test
    @DisplayName("an entry under another key's name is discarded")
    void entryUnderAnotherName() throws IOException {
        RuleCache cache = new RuleCache(dir);
        String key = RuleCache.key(files("x.drl", "x"));
        String other = RuleCache.key(files("y.drl", "y"));
        cache.write(key, RULES);
        Files.copy(dir.resolve(key + ".kpkg"), dir.resolve(other + ".kpkg"));
        assertThat(cache.read(other)).isEmpty();
        assertThat(kpkg(dir)).containsExactly(key + ".kpkg");
    }

    @Test
    @DisplayName("the newest 32 entries are kept when another is written; the oldest go, and other files stay")
    void newestKept() throws IOException {
        long now = System.currentTimeMillis();
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not an entry");
        Files.setLastModifiedTime(notes, FileTime.fromMillis(now - 100_000));
        for (int i = 0; i < 33; i++) {
            Path old = Files.writeString(dir.resolve(String.format("old-%02d.kpkg", i)), "old");
            Files.setLastModifiedTime(old, FileTime.fromMillis(now - 90_000 + i * 1000L));
        }
        String key = RuleCache.key(files("x.drl", "x"));
        new RuleCache(dir).write(key, RULES);
        List<String> kept = kpkg(dir);
        assertThat(kept).hasSize(32).contains(key + ".kpkg").doesNotContain("old-00.kpkg", "old-01.kpkg").contains("old-02.kpkg", "old-32.kpkg");
        assertThat(notes).exists();
    }

    @Test
    @DisplayName("the key is the same for the same files in any order, and differs when a name or a boundary between files does")
    void keys() {
        Map<String, byte[]> reversed = new LinkedHashMap<>();
        reversed.put("b.drl", "y".getBytes(StandardCharsets.UTF_8));
        reversed.put("a.drl", "x".getBytes(StandardCharsets.UTF_8));
        String key = RuleCache.key(files("a.drl", "x", "b.drl", "y"));
        assertThat(key).matches("[0-9a-f]{64}").isEqualTo(RuleCache.key(reversed));
        assertThat(RuleCache.key(files("a.drl", "x"))).isNotEqualTo(RuleCache.key(files("c.drl", "x")));
        // Without each file's length, "a.drl" holding x, then "b.drl" holding y, would read as one file holding both.
        assertThat(key).isNotEqualTo(RuleCache.key(files("a.drl", "xb.drl\u0000y")));
        // Without a separator after each name and length, "x" holding 12 and "x2" holding 2 would both read x212.
        assertThat(RuleCache.key(files("x", "12"))).isNotEqualTo(RuleCache.key(files("x2", "2")));
    }

    @Test
    @DisplayName("TRUCE_CACHE_DIR names the cache folder")
    void cacheFolderFromTheEnvironment() {
        String own = System.getenv(RuleCache.DIR_VARIABLE);
        Assumptions.assumeTrue(own != null && !own.isBlank(), "the build sets " + RuleCache.DIR_VARIABLE);
        assertThat(RuleCache.standard().dir()).isEqualTo(Path.of(own));
    }

    @Test
    @DisplayName("an entry carries its format, its key, and the SHA-256 of its content, which a read checks")
    void entryCarriesItsDigest() throws Exception {
        String key = RuleCache.key(files("x.drl", "x"));
        new RuleCache(dir).write(key, RULES);
        try (java.io.DataInputStream in = new java.io.DataInputStream(Files.newInputStream(dir.resolve(key + ".kpkg")))) {
            assertThat(in.readUTF()).isEqualTo("truce-rule-cache/3");
            assertThat(in.readUTF()).isEqualTo(key);
            String digest = in.readUTF();
            byte[] payload = in.readNBytes(in.readInt());
            assertThat(in.read()).as("nothing after the content").isEqualTo(-1);
            assertThat(digest).isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(payload)));
        }
    }
}
