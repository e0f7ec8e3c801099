package org.truce.factset;

import java.util.List;

/** One fact set of the format {@code truce-facts/1}: the reported facts of one agreement, with totals over several days ({@code periods}). */
public record FactSet(
        String format,
        String agreement,
        String title,
        List<Source> sources,
        List<Extension> extensions,
        List<Prisoner> prisoners,
        List<Day> days,
        List<Claim> claims,
        List<Period> periods) {

    public FactSet {
        periods = List.copyOf(periods);
        sources = List.copyOf(sources);
        extensions = List.copyOf(extensions);
        prisoners = List.copyOf(prisoners);
        days = List.copyOf(days);
        claims = List.copyOf(claims);
    }

    /** A fact set without totals over several days. */
    public FactSet(String format, String agreement, String title, List<Source> sources, List<Extension> extensions,
                   List<Prisoner> prisoners, List<Day> days, List<Claim> claims) {
        this(format, agreement, title, sources, extensions, prisoners, days, claims, List.of());
    }
}
