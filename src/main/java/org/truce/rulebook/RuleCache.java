package org.truce.rulebook;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A cache of compiled rule sets in a folder of the user's own, so that an unchanged rule set is not compiled again.
 *
 * <p>An entry is the rule set's compiled packages, part by part ({@link RuleBook#parts()}), serialized, in a file
 * named by a SHA-256 of everything that went into compiling them: the content of every DRL file, the classes of truce
 * itself, and the Drools and JVM versions. A changed character in a rule, a rebuilt truce or another Drools gives another key, so
 * a stale entry is never read. Entries are written to a temporary file and renamed into place. An entry that cannot
 * be read for any reason is deleted and the rules are compiled again; a folder that cannot be written only means
 * nothing is cached. Neither is an error for the user.
 *
 * <p>An entry is code truce will run, and the SHA-256 it carries detects damage, not tampering: anyone can recompute
 * it. So the cache is used only in a folder no one but the user can change ({@link CacheFolder}); in any other
 * folder nothing is cached, and a one-line note says so.
 */
public final class RuleCache {

    /** The environment variable that names the cache folder, overriding the default. */
    public static final String DIR_VARIABLE = "TRUCE_CACHE_DIR";
    private static final String FORMAT = "truce-rule-cache/3";
    private static final String SUFFIX = ".kpkg";
    private static final int KEEP = 32;
    /** Entries of one file's rules compiled alone, a part of a rule set, kept so that an edit compiles only its file. */
    private static final String PART_SUFFIX = ".kpart";
    private static final int KEEP_PARTS = 128;
    private static String buildFingerprint;

    private final Path dir;
    /** Why there is no folder, when there is none for a reason the user can act on. */
    private final String none;
    private final Consumer<String> notes;
    private final AtomicBoolean noted = new AtomicBoolean();
    private Consumer<Path> interleaved = path -> { };

    /** A cache in {@code dir}, with its one note, if any, on stderr; {@code null} caches nothing. */
    public RuleCache(Path dir) {
        this(dir, System.err::println);
    }

    /**
     * A cache in {@code dir} that tells {@code notes}, in one line, the first time it finds that it may not cache (a
     * folder others could change); {@code null} caches nothing. Make one per run, so that the note is given once.
     */
    public RuleCache(Path dir, Consumer<String> notes) {
        this(dir, null, notes);
    }

    private RuleCache(Path dir, String none, Consumer<String> notes) {
        this.dir = dir;
        this.none = none;
        this.notes = notes;
    }

    /** The user's cache: {@code $TRUCE_CACHE_DIR}, else {@code $XDG_CACHE_HOME/truce}, else {@code ~/.cache/truce}. */
    public static RuleCache standard() {
        return standard(System.err::println);
    }

    /** The user's cache, as {@link #standard()}, telling {@code notes} why it caches nothing (the CLI gives its stderr). */
    public static RuleCache standard(Consumer<String> notes) {
        return standard(System::getenv, System.getProperty("user.home"), notes);
    }

    /** The user's cache where {@code env} and {@code home} place it (tests give their own). */
    static RuleCache standard(Function<String, String> env, String home, Consumer<String> notes) {
        String own = env.apply(DIR_VARIABLE);
        if (own != null && !own.isBlank()) {
            return new RuleCache(Path.of(own), notes);
        }
        String xdg = env.apply("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return new RuleCache(Path.of(xdg, "truce"), notes);
        }
        // A uid with no passwd entry gets user.home "?": a relative path that would put the cache in the working folder.
        if (home == null || home.isBlank() || !Path.of(home).isAbsolute()) {
            return new RuleCache(null, "no home folder: Java's user.home is \"" + home + "\" (set " + DIR_VARIABLE
                    + " to a folder of your own, mode 700)", notes);
        }
        return new RuleCache(Path.of(home, ".cache", "truce"), notes);
    }

    /**
     * Runs {@code step} on an entry's path between truce's look at it and its use, as another user racing truce could:
     * tests use it to show that what truce reads or writes is what it checked.
     */
    void interleave(Consumer<Path> step) {
        this.interleaved = step;
    }

    /** The folder entries are kept in, or {@code null} when nothing is cached. */
    public Path dir() {
        return dir;
    }

    /** The key of a rule set: a SHA-256 of its files' names and content, truce's classes, and the Drools and JVM versions. */
    public static String key(Map<String, byte[]> files) {
        MessageDigest sha = sha256();
        // equivalent mutant: removing it: FORMAT is a constant of RuleCache.class, which the build fingerprint covers (or the key is new each run)
        update(sha, FORMAT);
        update(sha, fingerprint());
        update(sha, "drools " + version(KieBase.class) + " " + version(KnowledgeBaseFactory.class) + " " + version(DroolsObjectInputStream.class));
        update(sha, "jvm " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.vm.version") + " " + System.getProperty("java.runtime.version"));
        files.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(file -> {
            update(sha, file.getKey());
            update(sha, Integer.toString(file.getValue().length));
            sha.update(file.getValue());
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** The compiled rule bases (the parts of a rule set) stored under {@code key}, if there is an entry that reads back whole. */
    public Optional<List<KieBase>> read(String key) {
        return read(key, SUFFIX);
    }

    /** The compiled rules of one file, compiled alone, stored under {@code key} (a key of that file only), if any. */
    public Optional<KieBase> readPart(String key) {
        return read(key, PART_SUFFIX).filter(parts -> parts.size() == 1).map(parts -> parts.get(0));
    }

    private Optional<List<KieBase>> read(String key, String suffix) {
        Optional<Path> folder = folder(false);
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Path file = folder.get().resolve(key + suffix);
        try {
            Optional<byte[]> entry = EntryFile.read(file, Uid.current().orElseThrow(), interleaved);
            return entry.isEmpty() ? Optional.empty() : Optional.of(decode(key, entry.get()));
        } catch (Exception | LinkageError e) {
            // Written by another build, cut short, damaged, or not a file of the user's: forget it and compile again.
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A cache that cannot be cleaned is still not the user's problem.
            }
            return Optional.empty();
        }
    }

    private static List<KieBase> decode(String key, byte[] entry) throws IOException, ClassNotFoundException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry));
        if (!FORMAT.equals(in.readUTF()) || !key.equals(in.readUTF())) {
            throw new IOException("not an entry for this key");
        }
        String digest = in.readUTF();
        int length = in.readInt();
        // equivalent mutant: either boundary: a length of 0 or of the whole entry fails the reads below instead, and any failure means compile again
        if (length < 0 || length > entry.length) {
            throw new IOException("a damaged length");
        }
        byte[] payload = in.readNBytes(length);
        if (payload.length != length || in.read() != -1 || !digest.equals(sha256(payload))) {
            throw new IOException("damaged: the content does not match its digest");
        }
        List<KieBase> parts = new ArrayList<>();
        try (ObjectInputStream objects = new DroolsObjectInputStream(new ByteArrayInputStream(payload), RuleCache.class.getClassLoader())) {
            int count = objects.readInt();
            if (count < 1 || count > payload.length) {
                throw new IOException("a damaged count of parts");
            }
            for (int p = 0; p < count; p++) {
                List<KiePackage> packages = new ArrayList<>();
                int size = objects.readInt();
                for (int i = 0; i < size; i++) {
                    packages.add((KiePackage) objects.readObject());
                }
                InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
                kieBase.addPackages(packages);
                if (kieBase.getKiePackages().stream().mapToLong(k -> k.getRules().size()).sum() == 0) {
                    throw new IOException("an entry without rules");
                }
                parts.add(kieBase);
            }
        }
        return parts;
    }

    /** Stores the compiled rule bases (the parts of a rule set) under {@code key}; does nothing when the folder cannot be written. */
    public void write(String key, List<KieBase> parts) {
        write(key, parts, SUFFIX, KEEP);
    }

    /** Stores the compiled rules of one file, compiled alone, under {@code key} (a key of that file only). */
    public void writePart(String key, KieBase part) {
        write(key, List.of(part), PART_SUFFIX, KEEP_PARTS);
    }

    private void write(String key, List<KieBase> parts, String suffix, int keep) {
        Optional<Path> folder = folder(true);
        if (folder.isEmpty()) {
            return;
        }
        try {
            String temp = "." + key + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp";
            EntryFile.write(folder.get().resolve(temp), encode(key, parts), folder.get().resolve(key + suffix),
                    Uid.current().orElseThrow(), interleaved);
            prune(folder.get(), suffix, keep);
        } catch (Exception | LinkageError e) {
            // Not cached this time; the next run compiles again.
        }
    }

    private static byte[] encode(String key, List<KieBase> parts) throws IOException {
        ByteArrayOutputStream serialized = new ByteArrayOutputStream(1 << 16);
        try (ObjectOutputStream objects = new DroolsObjectOutputStream(serialized)) {
            objects.writeInt(parts.size());
            for (KieBase part : parts) {
                List<KiePackage> packages = new ArrayList<>(part.getKiePackages());
                // equivalent mutant: removing the sort: only the order of packages in the entry changes; rules keep their compiled load order, and truce orders findings itself
                packages.sort(Comparator.comparing(KiePackage::getName));
                objects.writeInt(packages.size());
                for (KiePackage p : packages) {
                    objects.writeObject(p);
                }
            }
        }
        byte[] payload = serialized.toByteArray();
        // equivalent mutant: + to -: only the initial capacity; a payload holds a compiled package with rules, far over 256 bytes
        ByteArrayOutputStream entry = new ByteArrayOutputStream(payload.length + 256);
        // The digest lets a read tell a damaged entry from one that merely deserializes: a flipped byte in a string of
        // the rules would otherwise load as different rules. It does not tell a forged entry: anyone can recompute it.
        try (DataOutputStream out = new DataOutputStream(entry)) {
            out.writeUTF(FORMAT);
            out.writeUTF(key);
            out.writeUTF(sha256(payload));
            out.writeInt(payload.length);
            out.write(payload);
        }
        return entry.toByteArray();
    }

    /**
     * The folder to read and write entries in, with no symbolic link in its path, if it is the user's own; made when
     * {@code make} and missing. Otherwise nothing is cached, and the first time for a reason the user can act on, a
     * note says so.
     */
    private Optional<Path> folder(boolean make) {
        if (dir == null) {
            if (none != null) {
                note(none);
            }
            return Optional.empty();
        }
        OptionalInt me = Uid.current();
        if (me.isEmpty()) {
            note("cannot tell which uid truce runs as, so not who owns " + dir.toAbsolutePath());
            return Optional.empty();
        }
        CacheFolder.Verdict verdict = CacheFolder.check(dir, me.getAsInt());
        if (verdict instanceof CacheFolder.Missing && make) {
            try {
                CacheFolder.make(dir);
            } catch (IOException | RuntimeException e) {
                note(dir.toAbsolutePath() + " cannot be made (" + e.getClass().getSimpleName() + ")");
                return Optional.empty();
            }
            verdict = CacheFolder.check(dir, me.getAsInt());
        }
        if (verdict instanceof CacheFolder.Unsafe unsafe) {
            note(unsafe.reason());
        } else if (verdict instanceof CacheFolder.Unusable unusable) {
            note(unusable.reason());
        }
        return verdict instanceof CacheFolder.Own own ? Optional.of(own.real()) : Optional.empty();
    }

    private void note(String reason) {
        if (!noted.getAndSet(true)) {
            notes.accept("truce: not caching compiled rules: " + reason);
        }
    }

    /** Keeps the most recent entries only, so that editing rules for a long time does not fill the disk. */
    private static void prune(Path folder, String suffix, int keep) throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
        }
        // equivalent mutant: <= to <: with exactly KEEP entries the list of those to delete is empty
        if (entries.size() <= keep) {
            return;
        }
        List<Path> oldestFirst = new ArrayList<>(entries);
        oldestFirst.sort(Comparator.comparing(p -> p.toFile().lastModified()));
        for (Path p : oldestFirst.subList(0, entries.size() - keep)) {
            Files.deleteIfExists(p);
        }
    }

    /** A digest of truce's own classes: the jar it runs from, or every class file of the folder it runs from. */
    private static synchronized String fingerprint() {
        if (buildFingerprint == null) {
            MessageDigest sha = sha256();
            try {
                CodeSource code = RuleCache.class.getProtectionDomain().getCodeSource();
                Path where = Path.of(code.getLocation().toURI());
                if (Files.isDirectory(where)) {
                    try (Stream<Path> walk = Files.walk(where)) {
                        for (Path p : walk.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                            // equivalent mutant: removing it: a class file names its own class, so the sorted contents already say which files there are
                            update(sha, where.relativize(p).toString());
                            sha.update(Files.readAllBytes(p));
                        }
                    }
                } else {
                    sha.update(Files.readAllBytes(where));
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                // Unknown build: a fresh key each run, so nothing stale is ever read.
                update(sha, "unknown " + System.nanoTime());
            }
            buildFingerprint = HexFormat.of().formatHex(sha.digest());
        }
        return buildFingerprint;
    }

    private static String version(Class<?> type) {
        Package p = type.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        CodeSource code = type.getProtectionDomain().getCodeSource();
        return (v == null ? "" : v) + "@" + (code == null ? "" : code.getLocation());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
