package org.truce.factset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a {@code truce-facts/1} file with Jackson's streaming parser into immutable records, checking everything
 * the format promises. A syntax error stops the reading and is the only problem reported; every other problem
 * of the file is collected and reported together, each with its JSON path and, where known, line and column.
 * What the format holds is declared in {@link TruceFacts1}; {@link Reading} reads one file by it.
 */
public final class FactSetLoader {

    public static final String FORMAT = TruceFacts1.FORMAT;

    private final Vocabulary vocabulary;
    private final Limits limits;
    private final JsonFactory factory;

    public FactSetLoader(Vocabulary vocabulary, Limits limits) {
        this.vocabulary = vocabulary;
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .maxStringLength(limits.maxStringLength())
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxNameLength(Limits.MAX_NAME_LENGTH)
                        .build())
                .build();
    }

    /** Loads a fact set from a file; {@code displayName} is how problems name the file. */
    public FactSet load(Path file, String displayName) throws InvalidInputException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(List.of(new Problem(displayName, 0, 0, "",
                    "expected a fact-set file, found " + (Files.isDirectory(file) ? "a folder"
                            : Files.exists(file) ? "something that is not a regular file (a device or a pipe)" : "nothing at this path"))));
        }
        try {
            long size = Files.size(file);
            if (size > limits.maxDocumentBytes()) {
                throw new InvalidInputException(List.of(new Problem(displayName, 0, 0, "",
                        "expected " + limits.documentLimit() + ", found " + Limits.mebibytes(size) + " (not read)")));
            }
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new Problem(displayName, 0, 0, "", "expected a file that can be read, found: " + e.getMessage())));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, displayName);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new Problem(displayName, 0, 0, "", "expected a file that can be read, found: " + e.getMessage())));
        }
    }

    /** Loads a fact set from a stream; {@code displayName} is how problems name it. */
    public FactSet load(InputStream in, String displayName) throws InvalidInputException, IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        String notUtf8 = notUtf8(buffered);
        if (notUtf8 != null) {
            throw new InvalidInputException(List.of(new Problem(displayName, 1, 1, "$", "expected UTF-8 JSON text, found " + notUtf8)));
        }
        StrictUtf8 bytes = new StrictUtf8(buffered);
        try (JsonParser parser = factory.createParser(bytes)) {
            return new Reading(parser, displayName, bytes, limits, vocabulary).read();
        }
    }

    /**
     * Jackson guesses UTF-16 and UTF-32 from NUL bytes and byte-order marks at the start; a fact set is UTF-8 only
     * (RFC 8259), so such a start is refused here rather than read as something else. A UTF-8 byte-order mark is allowed.
     */
    private static String notUtf8(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return "a UTF-16 byte-order mark (save the file as UTF-8)";
        }
        for (byte b : head) {
            if (b == 0) {
                return "a NUL byte (binary data, or UTF-16/UTF-32 text: save the file as UTF-8)";
            }
        }
        return null;
    }
}
