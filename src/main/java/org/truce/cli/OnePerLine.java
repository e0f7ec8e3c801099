package org.truce.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import java.io.IOException;

/** Compact JSON with each entry of a list of objects on its own line, so that problems name a useful line. */
final class OnePerLine extends MinimalPrettyPrinter {
    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(",\n");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        g.writeRaw(nrOfValues == 0 ? "]" : "\n]");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(", ");
    }
}
