package org.truce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine (factset, rulebook, check, report) names no agreement: no agreement id (nor the package named after
 * it), no party, term slug or clause id of any bundled clause index. What one agreement alone needs lives in
 * {@code org.truce.agreements.<agreement>}, reached through the interfaces the engine defines.
 */
@DisplayName("The engine names no agreement, party, term or clause of any bundled rule set")
class EngineNamesNoAgreementTest {

    static final List<Path> ENGINE = List.of("factset", "rulebook", "check", "report").stream()
            .map(p -> Path.of("src", "main", "java", "org", "truce", p)).toList();

    @Test
    @DisplayName("no engine file names an agreement id, a party, a term slug or a clause id; each hit is given as file:line")
    void engineIsAgreementBlind() throws IOException {
        Map<String, Pattern> names = names();
        assertThat(names).as("names read from rules/*/clauses.json").containsKeys("agreement gaza-2023-11", "party Israel", "term daily-aid-trucks", "clause T06");
        List<String> hits = new ArrayList<>();
        int files = 0;
        for (Path root : ENGINE) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    files++;
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        for (var name : names.entrySet()) {
                            if (name.getValue().matcher(lines.get(i)).find()) {
                                hits.add(file + ":" + (i + 1) + ": names " + name.getKey() + ": " + lines.get(i).strip());
                            }
                        }
                    }
                }
            }
        }
        assertThat(files).as("engine files read").isGreaterThan(30);
        assertThat(hits).as("names of an agreement in the engine; move the code to org.truce.agreements.<agreement>").isEmpty();
    }

    @Test
    @DisplayName("the patterns find each kind of name, and not a longer word that contains one")
    void patternsFindNames() throws IOException {
        Map<String, Pattern> names = names();
        assertThat(names.get("party Israel").matcher("an Israeli official").find()).isTrue();
        assertThat(names.get("clause T06").matcher("clause T06 says").find()).isTrue();
        assertThat(names.get("clause T06").matcher("T060").find()).isFalse();
        assertThat(names.get("term daily-aid-trucks").matcher("\"daily-aid-trucks.minimum-per-day\"").find()).isTrue();
        assertThat(names.get("agreement gaza-2023-11").matcher("import org.truce.agreements.gaza_2023_11.Charts;").find()).isTrue();
    }

    /** Every name to look for, by what it is ("party Israel"), read from each bundled clause index. */
    static Map<String, Pattern> names() throws IOException {
        Map<String, Pattern> names = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> folders = Files.list(Path.of("rules"))) {
            for (Path index : folders.map(f -> f.resolve("clauses.json")).filter(Files::isRegularFile).sorted().toList()) {
                JsonNode root = json.readTree(index.toFile());
                String agreement = root.get("agreement").asText();
                names.put("agreement " + agreement, word(agreement + "|" + agreement.replace('-', '_')));
                root.get("parties").forEach(p -> names.put("party " + p.asText(), Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(p.asText()))));
                root.get("clauses").forEach(c -> {
                    names.put("clause " + c.get("id").asText(), word(Pattern.quote(c.get("id").asText())));
                    JsonNode term = c.get("term");
                    if (term != null && !term.isNull()) {
                        names.put("term " + term.asText(), word(Pattern.quote(term.asText())));
                    }
                });
            }
        }
        return names;
    }

    /** A name not part of a longer word, id or slug. */
    private static Pattern word(String regex) {
        return Pattern.compile("(?<![\\w-])(?:" + regex + ")(?![\\w])");
    }
}
