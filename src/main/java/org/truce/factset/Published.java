package org.truce.factset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** When a source was published: a date ({@code on}), or an instant with an offset ({@code at}) where the time is known. */
public record Published(LocalDate on, OffsetDateTime at) {

    public Published {
        if ((on == null) == (at == null)) {
            throw new IllegalArgumentException("a date or an instant, not both");
        }
    }

    /** Published on a day, at a time not known. */
    public static Published on(LocalDate date) {
        return new Published(date, null);
    }

    /** Published at an instant. */
    public static Published at(OffsetDateTime instant) {
        return new Published(null, instant);
    }

    /**
     * The instant from which the source counts as known: its instant, or, for a date, the end of that day (24:00) at
     * {@code local}, the agreement's offset: a report of that day may have come out at any time of it.
     */
    public Instant knownFrom(ZoneOffset local) {
        return at != null ? at.toInstant() : on.plusDays(1).atStartOfDay().toInstant(local);
    }

    /** As the fact set gives it: {@code 2023-11-25} or {@code 2023-11-25T16:00+02:00}. */
    @Override
    public String toString() {
        return at != null ? at.toString() : on.toString();
    }
}
