package org.truce.factset;

import java.time.LocalDate;
import java.util.List;

/**
 * A claim by one party that the other did not keep a term, on the given dates, as reported by a source.
 * {@code answers}, where given, is the id of a finding against the claim's author that the claim answers (a defence).
 */
public record Claim(String id, String by, String against, String term, List<LocalDate> dates, String statement, String source,
                    String answers) {
    public Claim {
        dates = List.copyOf(dates);
    }
}
