package org.truce.factset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * One of a fixed list of strings, a vocabulary of the format (a hostage category, an event kind); another value is
 * refused naming the ones that exist ("expected "living" or "deceased", found "alive"").
 */
final class Choice implements Schema.Type<String> {

    private final List<String> values;
    private final String expected;

    private Choice(List<String> values) {
        this.values = List.copyOf(values);
        List<String> quoted = this.values.stream().map(JsonReader::quote).toList();
        this.expected = quoted.size() == 2 ? quoted.get(0) + " or " + quoted.get(1) : "one of " + String.join(", ", quoted);
    }

    static Choice of(List<String> values) {
        return new Choice(values);
    }

    @Override
    public String read(Reading r, String path) throws IOException {
        if (r.p.currentToken() != JsonToken.VALUE_STRING) {
            return r.wrong(path, expected);
        }
        JsonLocation at = r.at();
        String found = r.p.getText();
        for (String v : values) {
            if (v.equals(found)) {
                return v;
            }
        }
        r.problem(path, "expected " + expected + ", found " + JsonReader.quote(found), at);
        return null;
    }

    @Override
    public ObjectNode jsonSchema(Map<String, ObjectNode> defs) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        values.forEach(node.putArray("enum")::add);
        return node;
    }
}
