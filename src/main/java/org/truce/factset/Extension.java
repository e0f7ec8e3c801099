package org.truce.factset;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An extension of the pause by whole days, as reported; {@code agreed} holds what sources reported was agreed to be
 * released over its days (empty where no source said).
 */
public record Extension(OffsetDateTime agreedAt, LocalDate agreedOn, int days, String source, String note, List<Agreed> agreed) {

    public Extension {
        agreed = agreed == null ? List.of() : List.copyOf(agreed);
    }

    /** An extension reported without what was agreed for it. */
    public Extension(OffsetDateTime agreedAt, LocalDate agreedOn, int days, String source, String note) {
        this(agreedAt, agreedOn, days, source, note, List.of());
    }

    /**
     * One source's report of the release agreed for an extension, over all its days: living hostages, and bodies of
     * hostages where the report says so (0 where it does not).
     */
    public record Agreed(long hostages, long bodies, String source, String note) {
    }
}
