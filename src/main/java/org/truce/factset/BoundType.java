package org.truce.factset;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/** The value of a {@code bound}: "atLeast" or "atMost"; any other value is refused, naming the ones that exist. */
final class BoundType implements Schema.Type<Bound> {

    static final BoundType BOUND = new BoundType();
    private static final Choice WORDS = Choice.of(Arrays.stream(Bound.values()).map(Bound::json).filter(Objects::nonNull).toList());

    private BoundType() {
    }

    @Override
    public Bound read(Reading r, String path) throws IOException {
        String word = WORDS.read(r, path);
        for (Bound b : Bound.values()) {
            if (word != null && word.equals(b.json())) {
                return b;
            }
        }
        return null;
    }

    @Override
    public ObjectNode jsonSchema(Map<String, ObjectNode> defs) {
        return WORDS.jsonSchema(defs);
    }
}
