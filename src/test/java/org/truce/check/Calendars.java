package org.truce.check;

import org.truce.factset.FactSet;
import org.truce.rulebook.ClauseIndex;

/** The checker's calendar of a fact set, for tests outside the package that build a report by hand. */
public final class Calendars {

    private Calendars() {
    }

    public static Calendar of(ClauseIndex index, FactSet facts) {
        return Calendar.of(index, facts);
    }
}
