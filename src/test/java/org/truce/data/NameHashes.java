package org.truce.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Names of people kept only as salted hashes, and a scan of text for any run of one to three words that is one of them.
 * The repository must name nobody, so the list of names to keep out of it cannot be kept in it either: the test holds
 * {@code SHA-256(SALT + normalised name)} and hashes every window of the text the same way.
 */
final class NameHashes {
    /** The list of hashes, one per line; lines starting with {@code #} are comments. */
    static final Path FILE = Path.of("src", "test", "resources", "person-name-hashes.txt");
    /** Fixed: changing it means hashing every name again, which needs the names. */
    static final String SALT = "truce/person-names/2026-11-29:";
    /** The longest name the scan matches, in words; a longer name is listed by the parts of it that identify someone. */
    static final int MAX_WORDS = 3;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Set<String> hashes;

    private NameHashes(Set<String> hashes) {
        this.hashes = hashes;
    }

    /** The hashes of {@code file}, each checked to be a hash: a line of anything else could be a name in clear. */
    static NameHashes load(Path file) throws IOException {
        Set<String> hashes = new TreeSet<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!HASH.matcher(line).matches()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 64 lower-case hex digits, found a line of "
                        + line.length() + " characters; the file keeps hashes only, never a name");
            }
            hashes.add(line);
        }
        return new NameHashes(hashes);
    }

    /** An empty list, for tests of the scan alone. */
    static NameHashes none() {
        return new NameHashes(new TreeSet<>());
    }

    /** These hashes and those of {@code names}: how a test adds a made-up name without writing a real one anywhere. */
    NameHashes with(String... names) {
        Set<String> more = new TreeSet<>(hashes);
        for (String name : names) {
            more.add(hash(name));
        }
        return new NameHashes(more);
    }

    int size() {
        return hashes.size();
    }

    /** Lower case, accents and other marks stripped, every run of anything but letters and digits one space. */
    static String normalise(String text) {
        String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_A_WORD.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The salted hash of a name, in lower-case hex. */
    static String hash(String name) {
        return HexFormat.of().formatHex(sha256().digest((SALT + normalise(name)).getBytes(StandardCharsets.UTF_8)));
    }

    /** One run of words of {@code file} that is a listed name, by the line it starts on. */
    record Hit(String file, int line, String words) {
        @Override
        public String toString() {
            return file + ":" + line + ": \"" + words + "\" is the name of a person in " + FILE.getFileName();
        }
    }

    /** What a scan found and how much it looked at. */
    record Scan(List<Hit> hits, long windows) {
    }

    /** Every run of one to {@link #MAX_WORDS} consecutive words of {@code text}, across line breaks, checked against the list. */
    Scan scan(String file, String text) {
        List<String> words = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String normal = normalise(lines[i]);
            if (normal.isEmpty()) {
                continue;
            }
            for (String word : normal.split(" ")) {
                words.add(word);
                lineOf.add(i + 1);
            }
        }
        MessageDigest sha = sha256();
        byte[] salt = SALT.getBytes(StandardCharsets.UTF_8);
        List<Hit> hits = new ArrayList<>();
        long windows = 0;
        for (int start = 0; start < words.size(); start++) {
            StringBuilder window = new StringBuilder();
            for (int end = start; end < Math.min(words.size(), start + MAX_WORDS); end++) {
                window.append(end == start ? "" : " ").append(words.get(end));
                sha.update(salt);
                String hex = HexFormat.of().formatHex(sha.digest(window.toString().getBytes(StandardCharsets.UTF_8)));
                windows++;
                if (hashes.contains(hex)) {
                    hits.add(new Hit(file, lineOf.get(start), window.toString()));
                }
            }
        }
        return new Scan(hits, windows);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Prints the line to add to {@link #FILE} for each name given, so that a name is added without being written down:
     * {@code java -cp target/test-classes org.truce.data.NameHashes "Given Family"}.
     */
    public static void main(String[] names) {
        for (String name : names) {
            int words = normalise(name).split(" ").length;
            if (words > MAX_WORDS) {
                System.err.println("a name of " + words + " words is never matched whole: add the parts of it (of up to "
                        + MAX_WORDS + " words) that identify the person, each on its own");
            }
            System.out.println(hash(name));
        }
    }
}
