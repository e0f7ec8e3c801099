package org.truce.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.File;

/** The start-up floor: a JVM that only parses the fact file with Jackson (into a tree) and exits. */
public final class JacksonFloor {
    public static void main(String[] args) throws Exception {
        JsonNode tree = new ObjectMapper().readTree(new File(args[0]));
        if (tree.size() == 0) {
            System.exit(2);
        }
    }
}
