package org.truce.factset;

import java.util.List;

/** One fact set of the format {@code truce-facts/1}: the reported facts of one agreement. */
public record FactSet(
        String format,
        String agreement,
        String title,
        List<Source> sources,
        List<Extension> extensions,
        List<Prisoner> prisoners,
        List<Day> days,
        List<Claim> claims) {

    public FactSet {
        sources = List.copyOf(sources);
        extensions = List.copyOf(extensions);
        prisoners = List.copyOf(prisoners);
        days = List.copyOf(days);
        claims = List.copyOf(claims);
    }
}
