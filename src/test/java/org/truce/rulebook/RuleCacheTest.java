package org.truce.rulebook;

import org.truce.testing.RuleBooks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.definition.rule.Rule;
import org.truce.check.Finding;
import org.truce.check.Report;
import org.truce.check.Status;
import org.truce.factset.FactSet;
import org.truce.factset.InvalidInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("The cache of compiled rule sets")
class RuleCacheTest {

    @TempDir
    Path rules;

    @TempDir
    Path cacheDir;

    private static final FactSet FACTS = facts()
            .day("2023-11-24").trucks(200, "COGAT").trucks(137, "UN OCHA").hostages(13, "UN OCHA").prisoners(39, "UN OCHA")
            .and().day("2023-11-25").trucks(187, "COGAT").hostages(13, "Qatar MFA").prisoners(39, "Qatar MFA")
            .and().build();

    @TempDir
    Path elsewhere;

    private final List<String> notes = new ArrayList<>();

    private RuleBookLoader loader() {
        return new RuleBookLoader(new RuleCache(cacheDir));
    }

    /** Loads the rules as {@code runs} runs sharing {@code cache} would, and returns how many came from the cache. */
    private long fromCache(RuleCache cache, int runs) throws InvalidInputException {
        long cached = 0;
        for (int run = 0; run < runs; run++) {
            RuleBookLoader loader = new RuleBookLoader(cache);
            loader.load(rules);
            cached += loader.fromCache();
        }
        return cached;
    }

    private static int myUid() throws IOException {
        return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
    }

    private static String notCaching(String why) {
        return "truce: not caching compiled rules: " + why;
    }

    private static Report check(RuleBook book) {
        return RuleBooks.checker().check(FACTS, book);
    }

    private static List<String> names(RuleBook book) {
        return book.rules().stream().map(Rule::getName).toList();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> list = Files.list(cacheDir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".kpkg")).toList();
        }
    }

    @Test
    @DisplayName("a second load of an unchanged folder comes from the cache, in the same parts, and checks alike")
    void secondLoadIsCached() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        RuleBookLoader first = loader();
        RuleBook compiled = first.load(rules);
        assertThat(first.compiled()).isEqualTo(1);
        assertThat(first.fromCache()).isZero();
        assertThat(entries()).hasSize(1);

        RuleBookLoader second = loader();
        RuleBook cached = second.load(rules);
        assertThat(second.fromCache()).isEqualTo(1);
        assertThat(second.compiled()).isZero();

        assertThat(names(cached)).isEqualTo(names(compiled)).isNotEmpty();
        assertThat(cached.parts()).as("one part per term file, as compiled").hasSize(compiled.parts().size()).hasSizeGreaterThan(1);
        Report fromCache = check(cached);
        assertThat(fromCache.findings()).isEqualTo(check(compiled).findings());
        assertThat(fromCache.findings()).extracting(Finding::status).contains(Status.VIOLATED, Status.CONTESTED);
    }

    @Test
    @DisplayName("an edit of one DRL file compiles that file only; the others come from the cache, and the edit is seen")
    void editCompilesItsFileOnly() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        RuleBookLoader first = loader();
        RuleBook before = first.load(rules);
        assertThat(first.compiledFiles()).isEqualTo(before.parts().size()).isGreaterThan(1);

        Path fuel = rules.resolve("daily-fuel.drl");
        Files.writeString(fuel, Files.readString(fuel).replace("value >= $minimum", "value > $minimum"));
        RuleBookLoader next = loader();
        RuleBook edited = next.load(rules);
        assertThat(next.compiledFiles()).as("the edited file alone").isEqualTo(1);
        assertThat(edited.parts()).hasSize(before.parts().size());
        FactSet facts = facts().day("2023-11-24").fuelLitres(130_000, "Monitor A").and().build();
        assertThat(RuleBooks.checker().check(facts, before).findings()).extracting(Finding::status).contains(Status.COMPLIANT);
        assertThat(RuleBooks.checker().check(facts, edited).findings()).filteredOn(f -> f.term().equals("daily-fuel"))
                .extracting(Finding::status).doesNotContain(Status.COMPLIANT);
    }

    @Test
    @DisplayName("a damaged entry of one file's rules is discarded and that file compiled again, with no error")
    void damagedPartEntry() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        loader().load(rules);
        List<Path> parts;
        try (Stream<Path> list = Files.list(cacheDir)) {
            parts = list.filter(p -> p.getFileName().toString().endsWith(".kpart")).toList();
        }
        assertThat(parts).isNotEmpty();
        Path fuel = rules.resolve("daily-fuel.drl");
        Files.writeString(fuel, Files.readString(fuel) + "\n// an edit, so that the folder's own entry is not read\n");
        for (Path p : parts) {
            byte[] bytes = Files.readAllBytes(p);
            bytes[bytes.length / 2] ^= 1;
            Files.write(p, bytes);
        }
        RuleBookLoader next = loader();
        RuleBook book = next.load(rules);
        assertThat(next.compiledFiles()).isEqualTo(book.parts().size());
        assertThat(check(book).findings()).isNotEmpty();
    }

    @Test
    @DisplayName("one changed character in a DRL file is compiled again and seen on the next run")
    void changedRuleIsRecompiled() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        loader().load(rules);
        Path aid = rules.resolve("daily-aid-trucks.drl");
        String before = Files.readString(aid);
        String after = before.replace("\" aid trucks entering Gaza\"", "\" aid truckS entering Gaza\"");
        assertThat(after).isNotEqualTo(before).hasSameSizeAs(before);
        Files.writeString(aid, after);

        RuleBookLoader next = loader();
        RuleBook book = next.load(rules);
        assertThat(next.compiled()).isEqualTo(1);
        assertThat(next.fromCache()).isZero();
        assertThat(check(book).findings()).filteredOn(f -> f.term().equals("daily-aid-trucks"))
                .isNotEmpty().allSatisfy(f -> assertThat(f.requirement()).contains("aid truckS entering Gaza").doesNotContain("aid trucks entering"));

        Files.writeString(aid, before);
        RuleBookLoader back = loader();
        RuleBook original = back.load(rules);
        assertThat(back.fromCache()).as("the original rules are still cached").isEqualTo(1);
        assertThat(check(original).findings()).filteredOn(f -> f.term().equals("daily-aid-trucks"))
                .allSatisfy(f -> assertThat(f.requirement()).contains("aid trucks entering Gaza").doesNotContain("truckS"));
    }

    @Test
    @DisplayName("a damaged cache entry is discarded and the rules compiled again, with no error")
    void corruptedEntryIsDiscarded() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        RuleBook compiled = loader().load(rules);
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        // One flipped byte, wherever it falls (in a string of the rules it would still deserialize), is damage.
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(entry, bytes);

        RuleBookLoader next = loader();
        RuleBook book = next.load(rules);
        assertThat(next.compiled()).isEqualTo(1);
        assertThat(next.fromCache()).isZero();
        assertThat(check(book).findings()).isEqualTo(check(compiled).findings());

        Files.write(entry, new byte[0]);
        RuleBookLoader again = loader();
        again.load(rules);
        assertThat(again.compiled()).isEqualTo(1);
        assertThat(entries()).as("rewritten whole").singleElement().satisfies(p -> assertThat(Files.size(p)).isPositive());
    }

    @Test
    @DisplayName("a cache folder that cannot be written only means the rules are compiled each time")
    void unwritableCacheStillWorks() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        Path notAFolder = Files.writeString(cacheDir.resolve("a-file"), "not a folder");
        RuleCache cache = new RuleCache(notAFolder.resolve("truce"));
        for (int run = 1; run <= 2; run++) {
            RuleBookLoader loader = new RuleBookLoader(cache);
            RuleBook book = loader.load(rules);
            assertThat(loader.compiled()).isEqualTo(1);
            assertThat(check(book).findings()).isNotEmpty();
        }
    }

    @Test
    @DisplayName("an entry that others may write to is not used: the rules are compiled again")
    void entryWritableByOthersIsNotUsed() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        loader().load(rules);
        Path entry = entries().get(0);
        Files.setPosixFilePermissions(entry, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));

        RuleBookLoader next = loader();
        next.load(rules);
        assertThat(next.fromCache()).isZero();
        assertThat(next.compiled()).isEqualTo(1);
    }

    @Test
    @DisplayName("a cached rule set still has its metadata checked against the clause index")
    void cachedRulesAreStillChecked() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        loader().load(rules);
        Path index = rules.resolve(RuleBookLoader.CLAUSE_INDEX);
        Files.writeString(index, Files.readString(index).replace("\"term\": \"daily-aid-trucks\"", "\"term\": \"daily-aid-lorries\""));

        RuleBookLoader next = loader();
        InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class, () -> next.load(rules));
        assertThat(next.fromCache()).isEqualTo(1);
        assertThat(e).isNotNull();
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("daily-aid-lorries"));
    }

    @ParameterizedTest(name = "mode {0}")
    @CsvSource({"rwxrwxrwx, group and others", "rwx---rwx, others", "rwxrwx---, group"})
    @DisplayName("a cache folder others may write to is not used, even for an entry the user wrote; truce says so once")
    void folderWritableByOthersIsNotUsed(String mode, String who) throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        assertThat(fromCache(new RuleCache(cacheDir, notes::add), 1)).isZero();
        assertThat(entries()).hasSize(1);
        assertThat(notes).isEmpty();
        Files.setPosixFilePermissions(cacheDir, PosixFilePermissions.fromString(mode));

        assertThat(fromCache(new RuleCache(cacheDir, notes::add), 1)).as("the user's own entry, in a folder others could swap it in").isZero();
        notes.clear();
        RuleCache cache = new RuleCache(cacheDir, notes::add);
        assertThat(fromCache(cache, 2)).isZero();
        assertThat(notes).containsExactly(notCaching(cacheDir + " is writable by " + who + " (make it a folder of your own, mode 700)"));
    }

    @Test
    @DisplayName("a cache folder of another user is not used, and nothing is written to it")
    void folderOfAnotherUserIsNotUsed() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        Files.setAttribute(cacheDir, "unix:uid", 12345);
        RuleCache cache = new RuleCache(cacheDir, notes::add);
        assertThat(fromCache(cache, 2)).isZero();
        assertThat(entries()).isEmpty();
        assertThat(notes).containsExactly(notCaching(cacheDir + " belongs to uid 12345, not to you (uid " + myUid()
                + ") (make it a folder of your own, mode 700)"));
    }

    @Test
    @DisplayName("a cache folder that is a symbolic link is not used, even to a folder of the user's own")
    void symlinkedFolderIsNotUsed() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        Path link = Files.createSymbolicLink(elsewhere.resolve("link"), cacheDir);
        RuleCache cache = new RuleCache(link, notes::add);
        assertThat(fromCache(cache, 2)).isZero();
        assertThat(entries()).isEmpty();
        assertThat(notes).containsExactly(notCaching(link + " is a symbolic link (make it a folder of your own, mode 700)"));
    }

    @Test
    @DisplayName("a missing cache folder is made, readable by the user only, and used")
    void missingFolderIsMadePrivate() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        Path folder = cacheDir.resolve("a").resolve("truce");
        RuleCache cache = new RuleCache(folder, notes::add);
        assertThat(fromCache(cache, 2)).isEqualTo(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(notes).isEmpty();
    }

    @ParameterizedTest(name = "{0} owned by uid {1}")
    @CsvSource({
            "rwxrwxrwx, 0,     false, is writable by group and others and not sticky",
            "rwx---rwx, 0,     false, is writable by others and not sticky",
            "rwxr-xr-x, 12345, false, 'belongs to uid 12345, neither you nor root'",
            "sticky,    12345, false, 'belongs to uid 12345, neither you nor root'",
            "sticky,    0,     true,  ''",
            "rwxr-xr-x, 0,     true,  ''"})
    @DisplayName("the folder above the cache must be writable by its owner only, unless sticky, and be the user's or root's")
    void folderAbove(String mode, int owner, boolean used, String why) throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        Path shared = Files.createDirectory(elsewhere.resolve("shared"));
        Path folder = Files.createDirectory(shared.resolve("truce"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        if (mode.equals("sticky")) {
            Files.setAttribute(shared, "unix:mode", 01777);
        } else {
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString(mode));
        }
        Files.setAttribute(shared, "unix:uid", owner);
        RuleCache cache = new RuleCache(folder, notes::add);
        assertThat(fromCache(cache, 2)).isEqualTo(used ? 1 : 0);
        assertThat(notes).isEqualTo(used ? List.of()
                : List.of(notCaching(shared + ", a folder above " + folder + ", " + why + " (set " + RuleCache.DIR_VARIABLE
                        + " to a folder of your own, mode 700)")));
    }

    @Test
    @DisplayName("a folder further up that others may write to makes the cache unsafe too: they could swap the folders below")
    void folderFurtherUp() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        Path top = Files.createDirectory(elsewhere.resolve("top"));
        Path folder = Files.createDirectories(top.resolve("mine").resolve("truce"));
        Files.setPosixFilePermissions(top, PosixFilePermissions.fromString("rwxrwxrwx"));
        RuleCache cache = new RuleCache(folder, notes::add);
        assertThat(fromCache(cache, 2)).isZero();
        assertThat(notes).singleElement().asString().startsWith(notCaching(top + ", a folder above " + folder + ", is writable by group and others"));
    }

    @Test
    @DisplayName("an entry that is a symbolic link, even to a good entry of the user's, is not read, and is replaced")
    void symlinkedEntryIsNotRead() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        loader().load(rules);
        Path entry = entries().get(0);
        Files.createSymbolicLink(entry, Files.move(entry, elsewhere.resolve("good.kpkg")));

        RuleBookLoader next = loader();
        next.load(rules);
        assertThat(next.fromCache()).isZero();
        assertThat(entries()).singleElement().satisfies(p -> assertThat(Files.isSymbolicLink(p)).as("rewritten as a file").isFalse());
    }

    @Test
    @DisplayName("an entry of another uid is not read")
    void entryOfAnotherUserIsNotRead() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        loader().load(rules);
        Files.setAttribute(entries().get(0), "unix:uid", 12345);
        assertThat(fromCache(new RuleCache(cacheDir, notes::add), 1)).isZero();
    }

    @Test
    @DisplayName("an entry swapped for a link after truce looked at it is not followed")
    void entrySwappedForALinkIsNotFollowed() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        loader().load(rules);
        Path good = Files.copy(entries().get(0), elsewhere.resolve("good.kpkg"));
        RuleCache cache = new RuleCache(cacheDir, notes::add);
        cache.interleave(entry -> swap(entry, ".kpkg", () -> Files.createSymbolicLink(cacheDir.resolve("spare"), good)));
        assertThat(fromCache(cache, 1)).isZero();
    }

    @Test
    @DisplayName("an entry swapped for another user's file after truce looked at it is not read")
    void entrySwappedForAnotherUsersFileIsNotRead() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        loader().load(rules);
        RuleCache cache = new RuleCache(cacheDir, notes::add);
        cache.interleave(entry -> swap(entry, ".kpkg", () -> {
            Path forged = Files.copy(entry, cacheDir.resolve("spare"));
            Files.setAttribute(forged, "unix:uid", 12345);
            return forged;
        }));
        assertThat(fromCache(cache, 1)).isZero();
    }

    @Test
    @DisplayName("a uid with no passwd entry (Java's user.name is \"?\") reads back the entries it wrote")
    void uidWithNoName() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        String name = System.getProperty("user.name");
        System.setProperty("user.name", "?");
        try {
            assertThat(fromCache(new RuleCache(cacheDir, notes::add), 2)).isEqualTo(1);
        } finally {
            System.setProperty("user.name", name);
        }
        assertThat(notes).isEmpty();
    }

    @Test
    @DisplayName("a temporary entry swapped for a link before truce writes it does not make truce write through the link")
    void temporaryEntrySwappedForALinkIsNotWrittenThrough() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        Path precious = Files.writeString(elsewhere.resolve("precious.txt"), "the user's own words");
        RuleCache cache = new RuleCache(cacheDir, notes::add);
        cache.interleave(temp -> swap(temp, ".tmp", () -> Files.createSymbolicLink(cacheDir.resolve("spare"), precious)));
        assertThat(fromCache(cache, 1)).isZero();
        assertThat(precious).hasBinaryContent("the user's own words".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(entries()).noneSatisfy(p -> assertThat(Files.isSymbolicLink(p)).isTrue());
    }

    @ParameterizedTest(name = "user.home \"{0}\"")
    @ValueSource(strings = {"?", "relative/home"})
    @DisplayName("with no home folder (Java's user.home is \"?\" for a uid with no passwd entry) nothing is cached, nothing breaks")
    void noHomeFolder(String home) throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        Path top = Path.of(home).getName(0);
        assertThat(top).as("nothing in the way in the working folder").doesNotExist();
        RuleCache cache = RuleCache.standard(variable -> null, home, notes::add);
        assertThat(cache.dir()).isNull();
        assertThat(fromCache(cache, 2)).isZero();
        assertThat(top).as("nothing written in the working folder").doesNotExist();
        assertThat(notes).containsExactly(notCaching("no home folder: Java's user.home is \"" + home + "\" (set "
                + RuleCache.DIR_VARIABLE + " to a folder of your own, mode 700)"));
    }

    @Test
    @DisplayName("TRUCE_CACHE_DIR, then XDG_CACHE_HOME/truce when absolute, then ~/.cache/truce")
    void whereTheCacheIs() {
        assertThat(RuleCache.standard(Map.of(RuleCache.DIR_VARIABLE, "/c", "XDG_CACHE_HOME", "/x")::get, "/home/u", notes::add).dir())
                .isEqualTo(Path.of("/c"));
        assertThat(RuleCache.standard(Map.of("XDG_CACHE_HOME", "/x")::get, "/home/u", notes::add).dir()).isEqualTo(Path.of("/x/truce"));
        assertThat(RuleCache.standard(Map.of("XDG_CACHE_HOME", "x")::get, "/home/u", notes::add).dir()).isEqualTo(Path.of("/home/u/.cache/truce"));
        assertThat(RuleCache.standard(variable -> null, "/home/u", notes::add).dir()).isEqualTo(Path.of("/home/u/.cache/truce"));
    }

    interface Planted {
        Path make() throws IOException;
    }

    /** Puts what {@code planted} makes in the place of {@code entry}, if it ends in {@code suffix}, in one rename, as a racing user would. */
    private static void swap(Path entry, String suffix, Planted planted) {
        if (entry.getFileName().toString().endsWith(suffix)) {
            try {
                Files.move(planted.make(), entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
