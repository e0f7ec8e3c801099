package org.truce.cli;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.time.LocalDate;

/**
 * What {@code generate --evidence} adds to a synthetic fact set, and the hostage releases every file has: bounds of a
 * day's hostages and prisoners, the day's fuel, and totals over two days. None takes a draw of the seed's random
 * sequence, so every other figure of a seed stays as it was.
 */
final class GeneratedEvidence {

    private GeneratedEvidence() {
    }

    /** A release in the deal; with a {@code bound} ("atLeast", "atMost"), only a bound of the day's releases. */
    static void hostageRelease(JsonGenerator g, long count, String source, String bound) throws IOException {
        g.writeStartObject();
        g.writeNumberField("count", count);
        g.writeBooleanField("inDeal", true);
        if (bound != null) {
            g.writeStringField("bound", bound);
        }
        g.writeStringField("source", source);
        g.writeEndObject();
    }

    /** gen-3's bound of day {@code d}'s prisoners: at least the day's releases on even days, at most one fewer on odd days. */
    static void prisonerBound(JsonGenerator g, int d, int released) throws IOException {
        g.writeStartObject();
        g.writeNumberField("count", d % 2 == 0 ? released : Math.max(0, released - 1));
        g.writeStringField("bound", d % 2 == 0 ? "atLeast" : "atMost");
        g.writeStringField("source", "gen-3");
        g.writeEndObject();
    }

    /**
     * gen-1's litres of fuel of day {@code d}: short of 130,000 on one day in five, and on the second day of every other
     * period with a total of fuel (so that a period's own days show it short, or not).
     */
    static void fuel(JsonGenerator g, int d) throws IOException {
        g.writeArrayFieldStart("fuelLitres");
        g.writeStartObject();
        g.writeNumberField("count", d % 5 == 2 || d % 40 == 1 ? 129_000 : 130_000);
        g.writeStringField("source", "gen-1");
        g.writeEndObject();
        g.writeEndArray();
    }

    /**
     * Totals over two days by gen-7 (gen-8 with --partial-lists), every ten days: trucks, some below twice 200 (a day
     * short), some at or above it (deciding nothing), every fourth of them a lower bound; and every other period fuel,
     * below, at or above twice 130,000 litres, every fourth a lower bound.
     */
    static void periods(JsonGenerator g, LocalDate first, int days, boolean partialLists) throws IOException {
        String source = partialLists ? "gen-8" : "gen-7";
        g.writeArrayFieldStart("periods");
        for (int d = 0; d + 1 < days; d += 10) {
            g.writeStartObject();
            g.writeStringField("from", first.plusDays(d).toString());
            g.writeStringField("to", first.plusDays(d + 1L).toString());
            g.writeArrayFieldStart("aidTrucks");
            total(g, 380 + d / 10 % 40, source, d / 10 % 4 == 3);
            g.writeEndArray();
            if (d / 10 % 2 == 0) {
                g.writeArrayFieldStart("fuelLitres");
                total(g, 250_000 + d / 20 % 3 * 10_000, source, d / 20 % 4 == 3);
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void total(JsonGenerator g, long count, String source, boolean atLeast) throws IOException {
        g.writeStartObject();
        g.writeNumberField("count", count);
        g.writeStringField("source", source);
        if (atLeast) {
            g.writeStringField("bound", "atLeast");
        }
        g.writeEndObject();
    }
}
