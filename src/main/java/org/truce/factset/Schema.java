package org.truce.factset;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words a format's schema is declared in: typed fields of records, scalars, lists, references and checks. Each
 * type reads itself from a {@link Reading} (reporting its problems there, and returning null after one) and says
 * what it accepts as JSON Schema. It knows no format; {@link TruceFacts1} declares {@code truce-facts/1} in it.
 */
final class Schema {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Schema() {
    }

    /** A kind of value: how it is read, and what it is as JSON Schema ({@code defs} collects named records). */
    interface Type<T> {
        T read(Reading r, String path) throws IOException;

        ObjectNode jsonSchema(Map<String, ObjectNode> defs);

        /** This type, with {@code check} run on each value read. */
        default Type<T> then(Check<T> check) {
            return new Checked<>(this, check);
        }
    }

    /** A check of a value read without problems, at {@code at}; it reports what it finds to the reading. */
    @FunctionalInterface
    interface Check<T> {
        void check(Reading r, T value, String path, JsonLocation at);
    }

    record Checked<T>(Type<T> type, Check<T> check) implements Type<T> {
        @Override
        public T read(Reading r, String path) throws IOException {
            JsonLocation at = r.at();
            T value = type.read(r, path);
            if (value != null) {
                check.check(r, value, path, at);
            }
            return value;
        }

        @Override
        public ObjectNode jsonSchema(Map<String, ObjectNode> defs) {
            return type.jsonSchema(defs);
        }
    }

    /** A scalar: how the reader reads it, and its JSON Schema. */
    private record Scalar<T>(Reader<T> reader, ObjectNode schema) implements Type<T> {
        @Override
        public T read(Reading r, String path) throws IOException {
            return reader.read(r, path);
        }

        @Override
        public ObjectNode jsonSchema(Map<String, ObjectNode> defs) {
            return schema.deepCopy();
        }
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(Reading r, String path) throws IOException;
    }

    static final Type<String> STRING = new Scalar<>(JsonReader::string, JSON.objectNode().put("type", "string"));
    /** A string that recurs across records (a source id, a category): one instance is kept of each. */
    static final Type<String> SHARED_STRING = new Scalar<>((r, path) -> r.shared(r.string(path)), JSON.objectNode().put("type", "string"));
    static final Type<Boolean> BOOLEAN = new Scalar<>(JsonReader::bool, JSON.objectNode().put("type", "boolean"));
    static final Type<LocalDate> DATE = new Scalar<>(JsonReader::date, JSON.objectNode().put("type", "string")
            .put("format", "date").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    /** JSON Schema's {@code date-time} wants seconds; the format allows them out, so a pattern says it instead. */
    static final Type<OffsetDateTime> INSTANT = new Scalar<>(JsonReader::instant, JSON.objectNode().put("type", "string")
            .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2})?)$"));

    /** When a source was published: a date, or an instant with an offset. */
    static final Type<Published> PUBLISHED = new Scalar<>(JsonReader::published, JSON.objectNode().put("type", "string")
            .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2})?))?$"));

    /** A whole number from {@code min} to {@code max}. */
    static Type<Long> count(long min, long max) {
        return new Scalar<>((r, path) -> r.count(path, min, max), JSON.objectNode().put("type", "integer").put("minimum", min).put("maximum", max));
    }

    /** The one string {@code value}; another is refused with {@code why} after the value found. */
    static Type<String> constant(String value, String why) {
        return new Scalar<>(JsonReader::string, JSON.objectNode().put("const", value)).then((r, found, path, at) -> {
            if (!value.equals(found)) {
                r.problem(path, "expected " + JsonReader.quote(value) + ", found " + JsonReader.quote(found) + why, at);
            }
        });
    }

    /**
     * One of the strings {@code values}, as a vocabulary of the format; another is refused naming the ones that exist
     * ("expected one of \"living\", \"deceased\", found \"alive\"").
     */
    static Type<String> oneOf(List<String> values) {
        var schema = JSON.objectNode();
        values.forEach(schema.putArray("enum")::add);
        String expected = "one of " + String.join(", ", values.stream().map(JsonReader::quote).toList());
        return new Scalar<>((r, path) -> r.shared(r.string(path)), schema).then((r, found, path, at) -> {
            if (found != null && !values.contains(found)) {
                r.problem(path, "expected " + expected + ", found " + JsonReader.quote(found), at);
            }
        });
    }

    /** A list of {@code element}s. */
    static <T> ListOf<T> listOf(Type<T> element) {
        return new ListOf<>(element, null, null);
    }

    /**
     * A list, read whole: its value is null when it is not a list or one of its elements had a problem; {@code end}
     * sees what it could read. With {@code eachOnce}, an element equal to an earlier one is reported before the
     * element's own checks run.
     */
    record ListOf<T>(Type<T> element, String eachOnce, End<T> end) implements Type<List<T>> {

        /** What happens when a list has been read: the elements read, whether it was a list, and whether every element was read. */
        @FunctionalInterface
        interface End<T> {
            void end(Reading r, List<T> read, int elements, boolean isList, boolean clean);
        }

        /** The same list, with an element equal to an earlier one refused: {@code "expected each " + what + ", found X again"}. */
        ListOf<T> eachOnce(String what) {
            return new ListOf<>(element, what, end);
        }

        ListOf<T> atEnd(End<T> then) {
            return new ListOf<>(element, eachOnce, then);
        }

        @Override
        public List<T> read(Reading r, String path) throws IOException {
            List<T> into = new ArrayList<>();
            Type<T> type = eachOnce != null && element instanceof Checked<T> c ? c.type() : element;
            Check<T> check = eachOnce != null && element instanceof Checked<T> c ? c.check() : null;
            Set<T> seen = eachOnce != null ? new HashSet<>() : null;
            int[] elements = {0};
            boolean clean = r.list(path, into, at -> {
                elements[0]++;
                if (seen == null) {
                    return element.read(r, at);
                }
                JsonLocation loc = r.at();
                T value = type.read(r, at);
                if (value != null) {
                    if (!seen.add(value)) {
                        r.problem(at, "expected each " + eachOnce + ", found " + shown(value) + " again", loc);
                    }
                    if (check != null) {
                        check.check(r, value, at, loc);
                    }
                }
                return value;
            });
            if (end != null) {
                end.end(r, into, elements[0], clean || r.token() == JsonToken.END_ARRAY, clean);
            }
            return clean ? into : null;
        }

        @Override
        public ObjectNode jsonSchema(Map<String, ObjectNode> defs) {
            ObjectNode node = JSON.objectNode().put("type", "array");
            node.set("items", element.jsonSchema(defs));
            if (eachOnce != null) {
                node.put("uniqueItems", true);
            }
            return node;
        }
    }

    static String shown(Object value) {
        return value instanceof String s ? JsonReader.quote(s) : String.valueOf(value);
    }

    /**
     * Values that must be unique where they are declared ({@code each} says so in a message: "each source id once"),
     * and that others may refer to as "an entry of {@code list}". What was read is kept by the {@link Reading}.
     */
    record Ids<K>(String each, String list) {

        /** This kind of id, declared: each value is noted, and one seen before is refused. */
        Check<K> declared() {
            return (r, value, path, at) -> r.declare(this, value, path, at);
        }

        /** A reference to one of these ids, checked when the list that declares them has been read. */
        Check<K> referredTo() {
            return (r, value, path, at) -> r.refer(this, value, path, at);
        }

        /** The end of the list that declares these ids: past it, a reference is checked at once. */
        <T> ListOf.End<T> declaredBy() {
            return (r, read, elements, isList, clean) -> r.listRead(this, elements, isList);
        }
    }

    /** One field of a record: its name, its type, whether it must be there, and what it means. */
    record Field<T>(String name, Type<T> type, boolean required, String description, int index) {
    }

    /** The fields of one record as read; {@link #get} is typed by the field. */
    static final class Values {
        private final Object[] values;
        private final Reading reading;
        private final String path;
        private final JsonLocation start;

        Values(int size, Reading reading, String path, JsonLocation start) {
            this.values = new Object[size];
            this.reading = reading;
            this.path = path;
            this.start = start;
        }

        @SuppressWarnings("unchecked")
        <T> T get(Field<T> field) {
            return (T) values[field.index()];
        }

        <T> List<T> list(Field<List<T>> field) {
            List<T> list = get(field);
            return list == null ? List.of() : list;
        }

        boolean has(Field<?> field) {
            return values[field.index()] != null;
        }

        /** Reports a problem of the record as a whole ({@code suffix} names a field of it, or is empty), and builds nothing. */
        <T> T reject(String suffix, String message) {
            reading.problem(path + suffix, message, start);
            return null;
        }
    }

    /** Builds a record from fields read without problems. */
    @FunctionalInterface
    interface Builder<T> {
        T build(Values values);
    }

    /**
     * A record: an object with declared fields and nothing else, built by {@code builder} when every field read had
     * no problem. {@code expected} says what it is in a message; {@code name} names it in the JSON Schema's {@code $defs}.
     */
    static final class Record<T> implements Type<T> {
        private final String name;
        private final String expected;
        private final String description;
        private final List<Field<?>> fields = new ArrayList<>();
        private final Map<String, Field<?>> byName = new HashMap<>();
        private final Set<String> required = new TreeSet<>();
        private String allowed;
        private Field<?>[] oneOf;
        private String oneOfExpected;
        private Builder<T> builder;

        Record(String name, String expected, String description) {
            this.name = name;
            this.expected = expected;
            this.description = description;
        }

        <F> Field<F> required(String field, Type<F> type, String meaning) {
            return add(new Field<>(field, type, true, meaning, fields.size()));
        }

        <F> Field<F> optional(String field, Type<F> type, String meaning) {
            return add(new Field<>(field, type, false, meaning, fields.size()));
        }

        private <F> Field<F> add(Field<F> field) {
            if (fields.size() == 64 || builder != null || byName.put(field.name(), field) != null) {
                throw new IllegalStateException("cannot declare " + field.name());
            }
            fields.add(field);
            if (field.required()) {
                required.add(field.name());
            }
            allowed = String.join(", ", new TreeSet<>(byName.keySet()));
            return field;
        }

        /** At least one of {@code these} optional fields must be there; {@code what} says so in a message. */
        Record<T> atLeastOneOf(String what, Field<?>... these) {
            this.oneOf = these;
            this.oneOfExpected = what;
            return this;
        }

        /** How the record is made from its fields; the last word of the declaration. */
        Record<T> builds(Builder<T> how) {
            this.builder = how;
            return this;
        }

        @Override
        public T read(Reading r, String path) throws IOException {
            JsonLocation start = r.at();
            if (r.token() != JsonToken.START_OBJECT) {
                r.problem(path, "expected " + expected + ", found " + r.describe(r.token()), start);
                r.p.skipChildren();
                return null;
            }
            Values values = new Values(fields.size(), r, path, start);
            long seen = 0;
            Set<String> seenUnknown = null;
            boolean complete = true;
            while (r.p.nextToken() == JsonToken.FIELD_NAME) {
                String fieldName = r.p.currentName();
                JsonLocation nameAt = r.at();
                String childPath = path.equals("$") ? fieldName : path + "." + fieldName;
                r.p.nextToken();
                Field<?> field = byName.get(fieldName);
                boolean again = field != null ? (seen & 1L << field.index()) != 0
                        : !(seenUnknown == null ? seenUnknown = new HashSet<>() : seenUnknown).add(fieldName);
                if (again) {
                    r.problem(childPath, "expected each field once, found \"" + fieldName + "\" again", nameAt);
                    r.p.skipChildren();
                    continue;
                }
                if (field == null) {
                    r.problem(childPath, "expected one of the fields " + allowed + ", found unknown field \"" + fieldName + "\"", nameAt);
                    r.p.skipChildren();
                    continue;
                }
                seen |= 1L << field.index();
                if (r.token() == JsonToken.VALUE_NULL) {
                    r.problem(childPath, "expected a value, found null (leave the field out instead)", r.at());
                    complete = false;
                    continue;
                }
                Object value = field.type().read(r, childPath);
                values.values[field.index()] = value;
                complete &= value != null;
            }
            boolean whole = true;
            for (String field : required) {
                if ((seen & 1L << byName.get(field).index()) == 0) {
                    r.problem(path, "expected a field \"" + field + "\", found none", start);
                    whole = false;
                }
            }
            if (!whole || !complete) {
                return null;
            }
            if (oneOf != null && java.util.Arrays.stream(oneOf).noneMatch(values::has)) {
                // equivalent mutant: returning null instead: reject() always returns null
                return values.reject("", "expected " + oneOfExpected + ", found neither");
            }
            return builder.build(values);
        }

        @Override
        public ObjectNode jsonSchema(Map<String, ObjectNode> defs) {
            if (!defs.containsKey(name)) {
                defs.put(name, null);
                defs.put(name, definition(defs));
            }
            return JSON.objectNode().put("$ref", "#/$defs/" + name);
        }

        /** The record as a JSON Schema object: its fields in the order declared, each with its meaning. */
        ObjectNode definition(Map<String, ObjectNode> defs) {
            ObjectNode node = JSON.objectNode().put("type", "object").put("description", description);
            ObjectNode properties = node.putObject("properties");
            for (Field<?> field : fields) {
                ObjectNode property = field.type().jsonSchema(defs);
                ObjectNode described = JSON.objectNode().put("description", field.description());
                described.setAll(property);
                properties.set(field.name(), described);
            }
            var names = node.putArray("required");
            fields.stream().filter(Field::required).forEach(f -> names.add(f.name()));
            if (oneOf != null) {
                var anyOf = node.putArray("anyOf");
                for (Field<?> field : oneOf) {
                    anyOf.addObject().putArray("required").add(field.name());
                }
            }
            node.put("additionalProperties", false);
            return node;
        }
    }

    /** The definitions collected while a root record is written, in the order first met. */
    static Map<String, ObjectNode> defs() {
        return new LinkedHashMap<>();
    }
}
