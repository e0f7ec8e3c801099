package org.truce.factset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Map;

/** The value of a {@code bound}: "atLeast" or "atMost"; any other value is refused, naming the ones that exist. */
final class BoundType implements Schema.Type<Bound> {

    static final BoundType BOUND = new BoundType();
    private static final String EXPECTED = "\"atLeast\" or \"atMost\"";

    private BoundType() {
    }

    @Override
    public Bound read(Reading r, String path) throws IOException {
        if (r.p.currentToken() != JsonToken.VALUE_STRING) {
            return r.wrong(path, EXPECTED);
        }
        JsonLocation at = r.at();
        String found = r.p.getText();
        for (Bound b : Bound.values()) {
            if (found.equals(b.json())) {
                return b;
            }
        }
        r.problem(path, "expected " + EXPECTED + ", found " + JsonReader.quote(found), at);
        return null;
    }

    @Override
    public ObjectNode jsonSchema(Map<String, ObjectNode> defs) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        var names = node.putArray("enum");
        for (Bound b : Bound.values()) {
            if (b.json() != null) {
                names.add(b.json());
            }
        }
        return node;
    }
}
