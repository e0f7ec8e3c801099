package org.truce.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.File;

/**
 * The floor of a whole run: a JVM that only parses the fact file with Jackson and exits. {@code FILE} parses it into
 * a tree (start-up floor, small files); {@code --stream FILE} reads every token with the streaming parser, keeping
 * nothing (floor of a run over a large file).
 */
public final class JacksonFloor {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("--stream")) {
            long chars = 0;
            try (JsonParser p = new JsonFactory().createParser(new File(args[1]))) {
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t == JsonToken.VALUE_STRING) {
                        chars += p.getTextLength();
                    }
                }
            }
            System.exit(chars > 0 ? 0 : 2);
        }
        JsonNode tree = new ObjectMapper().readTree(new File(args[0]));
        System.exit(tree.size() > 0 ? 0 : 2);
    }
}
