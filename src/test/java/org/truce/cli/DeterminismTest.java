package org.truce.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same fact set gives byte-identical reports whatever the order of its lists and fields, run after run and in
 * another JVM (where identity hash codes, and so any hash order of enums or plain objects, differ).
 */
@DisplayName("Determinism: the same facts in any order give byte-identical reports, in this JVM and another")
class DeterminismTest {

    static final Path BUNDLED = Path.of("data", "gaza-2023-11.json");
    static final ObjectMapper JSON = new ObjectMapper();

    /** Every format the command writes. */
    static final List<String> FORMATS = List.of("json", "text", "markdown", "html");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "shuffled with seed {0}")
    @ValueSource(longs = {1, 2, 3, 20231124})
    @DisplayName("every list and every object's fields shuffled: the same bytes in every format")
    void shuffledGivesTheSameReport(long seed) throws IOException {
        Path facts = dir.resolve("facts.json");
        Files.copy(BUNDLED, facts);
        Map<String, String> original = reports(facts);

        JsonNode shuffled = shuffle(JSON.readTree(BUNDLED.toFile()), new Random(seed));
        assertThat(shuffled).as("the shuffle keeps the facts").isEqualTo(sortedCopy(JSON.readTree(BUNDLED.toFile()), shuffled));
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(shuffled);
        assertThat(text).as("the order really changed").isNotEqualTo(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(BUNDLED.toFile())));
        Files.writeString(facts, text);

        assertThat(reports(facts)).isEqualTo(original);
    }

    @Test
    @DisplayName("another JVM gives the same bytes as this one, and no clock reading appears in the report")
    void anotherJvmGivesTheSameReport() throws Exception {
        Path facts = dir.resolve("facts.json");
        Files.copy(BUNDLED, facts);
        Map<String, String> here = reports(facts);
        for (String format : FORMATS) {
            var there = OtherJvm.run(List.of(), "check", facts.toString(), "--format", format);
            assertThat(there.exitCode()).as(there.err()).isEqualTo(0);
            assertThat(there.out()).as(format).isEqualTo(here.get(format));
        }
        String today = java.time.LocalDate.now().toString();
        assertThat(here.values()).allSatisfy(report -> assertThat(report).doesNotContain(today));
    }

    private Map<String, String> reports(Path facts) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String format : FORMATS) {
            var r = Cli.run("check", facts.toString(), "--format", format);
            assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
            out.put(format, r.out());
        }
        return out;
    }

    /** Shuffles every array and the fields of every object, all the way down. */
    static JsonNode shuffle(JsonNode node, Random random) {
        if (node instanceof ArrayNode array) {
            List<JsonNode> items = new ArrayList<>();
            array.forEach(items::add);
            Collections.shuffle(items, random);
            ArrayNode copy = JSON.createArrayNode();
            items.forEach(i -> copy.add(shuffle(i, random)));
            return copy;
        }
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            Collections.shuffle(names, random);
            ObjectNode copy = JSON.createObjectNode();
            names.forEach(n -> copy.set(n, shuffle(object.get(n), random)));
            return copy;
        }
        return node;
    }

    /** The original with each array put in the order of the shuffled one: equal only when the shuffle lost nothing. */
    private static JsonNode sortedCopy(JsonNode original, JsonNode shuffled) {
        if (original instanceof ArrayNode a && shuffled instanceof ArrayNode s) {
            List<JsonNode> left = new ArrayList<>();
            a.forEach(left::add);
            ArrayNode copy = JSON.createArrayNode();
            for (JsonNode target : s) {
                for (Iterator<JsonNode> it = left.iterator(); it.hasNext(); ) {
                    JsonNode candidate = it.next();
                    if (sortedCopy(candidate, target).equals(target)) {
                        copy.add(target);
                        it.remove();
                        break;
                    }
                }
            }
            return left.isEmpty() ? copy : original;
        }
        if (original instanceof ObjectNode o && shuffled instanceof ObjectNode s) {
            ObjectNode copy = JSON.createObjectNode();
            o.fieldNames().forEachRemaining(n -> copy.set(n, s.has(n) ? sortedCopy(o.get(n), s.get(n)) : o.get(n)));
            return copy;
        }
        return original;
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("standard output is UTF-8 whatever the locale: a report in a C locale keeps its dashes")
    void utf8WhateverTheLocale() throws Exception {
        var ascii = OtherJvm.run(List.of("-Dfile.encoding=US-ASCII", "-Dsun.stdout.encoding=US-ASCII", "-Dsun.stderr.encoding=US-ASCII"),
                "check", "data/gaza-2023-11.json", "--format", "json");
        assertThat(ascii.exitCode()).isEqualTo(0);
        assertThat(ascii.out()).contains("–").doesNotContain("?28 November");
    }
}
