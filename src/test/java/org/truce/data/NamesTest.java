package org.truce.data;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("No individual is named: not in the bundled data, the features, the rules, the docs or the README")
class NamesTest {

    /** What a reader of the repository reads: the texts that must name nobody. */
    static final List<Path> TEXTS = List.of(Path.of("data"), Path.of("features"), Path.of("rules"), Path.of("docs"), Path.of("README.md"));

    /** A made-up name, hashed at test time only: no real name is written here, and this one is in no list. */
    static final String PLACEHOLDER = "Placeholder Person";

    @Test
    @DisplayName("no run of one to three words in those texts is the name of a person in the reference material")
    void namesNobody() throws IOException {
        NameHashes names = NameHashes.load(NameHashes.FILE);
        List<NameHashes.Hit> hits = new ArrayList<>();
        List<String> read = new ArrayList<>();
        long windows = 0;
        for (Path file : textFiles()) {
            NameHashes.Scan scan = names.scan(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            hits.addAll(scan.hits());
            windows += scan.windows();
            read.add(file.toString().replace('\\', '/'));
        }
        assertThat(read).as("the texts scanned").contains("data/gaza-2023-11.json", "rules/gaza-2023-11/clauses.json",
                "features/gaza-2023-11/daily-aid-trucks.feature", "docs/fact-set-format.md", "README.md",
                "data/gaza-2025-01.json", "rules/gaza-2025-01/clauses.json");
        assertThat(windows).as("runs of words checked").isGreaterThan(50_000);
        assertThat(hits).as("names found; write the person's role instead, or an opaque id").isEmpty();
    }

    @Test
    @DisplayName("the list holds the names of the reference material as salted hashes only, with no name in clear")
    void hashesOnly() throws IOException {
        assertThat(NameHashes.load(NameHashes.FILE).size()).isGreaterThanOrEqualTo(110);
        Path withAName = Files.createTempFile("names", ".txt");
        try {
            Files.writeString(withAName, "# a comment\n" + NameHashes.hash(PLACEHOLDER) + "\n" + PLACEHOLDER + "\n");
            assertThatThrownBy(() -> NameHashes.load(withAName)).hasMessageContaining(":3: expected 64 lower-case hex digits");
        } finally {
            Files.delete(withAName);
        }
    }

    @Test
    @DisplayName("the salt and the normalisation are those the list was made with")
    void sameSaltAsTheList() {
        // Pinned: if this changes, every hash of the list is stale and the scan would silently find nothing.
        assertThat(NameHashes.hash(PLACEHOLDER)).isEqualTo("f08e778457ee210390a9b01e6f3175c56aedb3d402559ac4055e73c0a8e7ca07");
        assertThat(NameHashes.hash("  PLACEHOLDER\tpérson ")).isEqualTo(NameHashes.hash(PLACEHOLDER));
    }

    @Test
    @DisplayName("a listed name is caught wherever it stands: any case, accents, hyphens, a line break, inside an address")
    void caughtWhereverItStands() throws IOException {
        NameHashes list = NameHashes.load(NameHashes.FILE);
        NameHashes names = list.with(PLACEHOLDER);
        String sample = String.join("\n",
                "{\"note\": \"statement by placeholder person, relayed\",",
                " \"title\": \"PLACEHOLDER PERSON says\",",
                " \"by\": \"Pläcéholder-Person\",",
                " \"url\": \"https://example.org/2023/11/placeholder-person-interview\",",
                " \"wrapped\": \"as the spokesperson Placeholder",
                "   Person said\"}");
        assertThat(names.scan("sample.json", sample).hits()).extracting(NameHashes.Hit::line).containsExactly(1, 2, 3, 4, 5);
        assertThat(names.scan("sample.json", sample).hits()).first().hasToString(
                "sample.json:1: \"placeholder person\" is the name of a person in person-name-hashes.txt");
        assertThat(list.scan("sample.json", sample).hits()).as("the made-up name is in no list but the test's").isEmpty();
    }

    @Test
    @DisplayName("words that only contain a listed name, or its words in another order, are not that name")
    void wholeWordsInOrder() {
        NameHashes names = NameHashes.none().with(PLACEHOLDER, "Placeholder Middle Person", "Surnameonly");
        String sample = "placeholders person; person placeholder; placeholderperson; surnameonlyness; placeholder middle";
        assertThat(names.scan("sample.md", sample).hits()).isEmpty();
        assertThat(names.scan("sample.md", "by Placeholder Middle\nPerson and SURNAMEONLY").hits())
                .extracting(NameHashes.Hit::words).containsExactly("placeholder middle person", "surnameonly");
    }

    /** Every text file under {@link #TEXTS}; a file with a NUL byte (an image) is not text. */
    static List<Path> textFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : TEXTS) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    byte[] bytes = Files.readAllBytes(p);
                    boolean binary = false;
                    for (byte b : bytes) {
                        binary |= b == 0;
                    }
                    if (!binary) {
                        files.add(p);
                    }
                }
            }
        }
        return files;
    }
}
