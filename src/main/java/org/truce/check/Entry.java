package org.truce.check;

import org.truce.factset.Bound;

import java.time.LocalDate;
import java.util.List;

/**
 * A fact of an agreement's summariser that stands for what its sources reported, read by the findings of the terms
 * {@link #readBy()} names on {@link #day()}. After the rules fire, the checker lists each entry that no account and no
 * undecided report of such a finding rests on among the finding's {@code undecidedBy}, so that no report disappears
 * without a word, whatever the rules say.
 */
public interface Entry {

    /** The slugs of the terms whose findings read it. */
    List<String> readBy();

    /** The date of the findings that read it. */
    LocalDate day();

    /**
     * The last day of the period whose findings read it, from {@link #day()} (a period finding TERM/FROM..TO), or null
     * for the findings of one date.
     */
    default LocalDate over() {
        return null;
    }

    /** The ids of the sources it rests on. */
    List<String> reportedBy();

    /** The party whose findings read it, or null for the findings of any party. */
    default String party() {
        return null;
    }

    /** What it says, for people ("200 trucks"). */
    String shows();

    /**
     * Whether it gives only a bound of what its term reads (a partial-day figure, a running total). An undecided report
     * whose why begins with what such an entry {@link #shows()} is about that entry alone: it does not stand for the other
     * reports of its source, which are listed if nothing else decided them.
     */
    default boolean partial() {
        return false;
    }

    /** An entry of one source's reports, {@code source()}: it rests on that source alone. */
    interface OfOneSource extends Entry {

        /** The id of the source. */
        String source();

        @Override
        default List<String> reportedBy() {
            return List.of(source());
        }
    }

    /** An entry of one source that may give only a bound of what its term reads: partial unless {@code EXACT}. */
    interface Bounded extends OfOneSource {

        /** Whether it is the number itself or only a bound of it. */
        Bound bound();

        @Override
        default boolean partial() {
            return bound() != Bound.EXACT;
        }
    }
}
