package org.truce.factset;

import com.fasterxml.jackson.core.JsonFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.factset.Schema.Field;
import org.truce.factset.Schema.Ids;
import org.truce.factset.Schema.Record;
import org.truce.rulebook.RuleSets;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.factset.Schema.BOOLEAN;
import static org.truce.factset.Schema.STRING;
import static org.truce.factset.Schema.count;
import static org.truce.factset.Schema.listOf;

/**
 * The words {@link TruceFacts1} is declared in, each seen doing its work on a small format declared here. TruceFacts1
 * declares its records once, when its class is first loaded; these are declared afresh by each test, so that a
 * change to what a word means is seen here, where the other tests, reading by declarations made before they ran,
 * cannot see it.
 */
@DisplayName("The schema's words: records, required and optional fields, lists, ids and checks mean what TruceFacts1 relies on")
class SchemaWordsTest {

    private static final Vocabulary RULES = new RuleSets(Path.of("rules"), null);

    record Item(String name, Long size, Boolean on, List<String> tags) {
    }

    /** A small format: an item with a required name and three optional fields. */
    private static final class Items {
        final Record<Item> r = new Record<>("item", "an item (an object with a name)", "One item.");
        final Field<String> name = r.required("name", STRING, "Its name.");
        final Field<Long> size = r.optional("size", count(1, 9), "From 1 to 9.");
        final Field<Boolean> on = r.optional("on", BOOLEAN, "Whether it is on.");
        final Field<List<String>> tags = r.optional("tags", listOf(STRING).eachOnce("tag once"), "Its tags.");
        final Record<Item> type = r.builds(v -> new Item(v.get(name), v.get(size), v.get(on), v.get(tags)));
    }

    private record Read<T>(T value, List<String> problems) {
    }

    private static <T> Read<T> read(Schema.Type<T> type, String json) throws IOException {
        StrictUtf8 bytes = new StrictUtf8(new BufferedInputStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        Reading r = new Reading(new JsonFactory().createParser(bytes), "f.json", bytes, Limits.DEFAULT, RULES);
        r.p.nextToken();
        T value = type.read(r, "$");
        return new Read<>(value, r.problems.stream().map(Problem::toString).toList());
    }

    @Test
    @DisplayName("a record is built from its fields; an optional field left out is null, and is not asked for")
    void recordBuilt() throws IOException {
        Record<Item> items = new Items().type;
        assertThat(read(items, "{\"name\": \"a\", \"size\": 3, \"on\": false, \"tags\": [\"x\", \"y\"]}"))
                .isEqualTo(new Read<>(new Item("a", 3L, false, List.of("x", "y")), List.of()));
        assertThat(read(items, "{\"name\": \"b\"}")).isEqualTo(new Read<>(new Item("b", null, null, null), List.of()));
    }

    @Test
    @DisplayName("a required field left out is asked for, and a field of the wrong type is refused: either way no record is built")
    void noRecordAfterAProblem() throws IOException {
        Record<Item> items = new Items().type;
        assertThat(read(items, "{\"size\": 2}")).isEqualTo(new Read<Item>(null, List.of("f.json:1:1: $: expected a field \"name\", found none")));
        assertThat(read(items, "{\"name\": \"a\", \"on\": \"yes\"}"))
                .isEqualTo(new Read<Item>(null, List.of("f.json:1:21: on: expected true or false, found \"yes\"")));
        assertThat(read(items, "{\"name\": \"a\", \"size\": 10}"))
                .isEqualTo(new Read<Item>(null, List.of("f.json:1:23: size: expected a whole number from 1 to 9, found 10")));
    }

    @Test
    @DisplayName("a list each element of which must be there once refuses the second of two equal elements")
    void eachOnce() throws IOException {
        assertThat(read(new Items().type, "{\"name\": \"a\", \"tags\": [\"x\", \"x\"]}"))
                .isEqualTo(new Read<Item>(null, List.of("f.json:1:29: tags[1]: expected each tag once, found \"x\" again")));
    }

    @Test
    @DisplayName("of fields of which at least one must be there, a record with neither is refused, and one with either is built")
    void atLeastOneOf() throws IOException {
        Record<String> r = new Record<>("pair", "a pair", "A or B.");
        Field<String> a = r.optional("a", STRING, "A.");
        Field<String> b = r.optional("b", STRING, "B.");
        Record<String> pair = r.atLeastOneOf("an a or a b", a, b).builds(v -> v.has(a) ? v.get(a) : v.get(b));
        assertThat(read(pair, "{}")).isEqualTo(new Read<String>(null, List.of("f.json:1:1: $: expected an a or a b, found neither")));
        assertThat(read(pair, "{\"b\": \"x\"}")).isEqualTo(new Read<>("x", List.of()));
    }

    @Test
    @DisplayName("a constant accepts its one value, and refuses another with the reason it was given")
    void constant() throws IOException {
        Schema.Type<String> format = Schema.constant("v/1", " (only v/1 is read)");
        assertThat(read(format, "\"v/1\"")).isEqualTo(new Read<>("v/1", List.of()));
        assertThat(read(format, "\"v/2\"")).isEqualTo(new Read<>("v/2", List.of("f.json:1:1: $: expected \"v/1\", found \"v/2\" (only v/1 is read)")));
    }

    @Test
    @DisplayName("ids: one declared twice is refused where it is again; a reference to one no entry declares is refused")
    void ids() throws IOException {
        Ids<String> ids = new Ids<>("thing id once", "things");
        Record<String> thing = new Record<>("thing", "a thing", "A thing.");
        Field<String> id = thing.required("id", STRING.then(ids.declared()), "Its id.");
        thing.builds(v -> v.get(id));
        Record<List<String>> root = new Record<>("root", "a root", "Things, and references to them.");
        root.required("things", listOf(thing).atEnd(ids.declaredBy()), "The things.");
        Field<List<String>> refs = root.optional("refs", listOf(STRING.then(ids.referredTo())), "References.");
        root.builds(v -> v.get(refs));
        assertThat(read(root, "{\"things\": [{\"id\": \"a\"}, {\"id\": \"a\"}],\n\"refs\": [\"a\", \"b\"]}").problems()).containsExactly(
                "f.json:1:33: things[1].id: expected each thing id once, found \"a\" again (first at line 1)",
                "f.json:2:15: refs[1]: expected the id of an entry of things, found \"b\"");
    }
}
