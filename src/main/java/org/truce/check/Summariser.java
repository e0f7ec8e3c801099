package org.truce.check;

import org.truce.factset.FactSet;

import java.util.List;
import java.util.Map;

/**
 * What one agreement's Java prepares for its rules: the facts a rule session needs of one fact set, beyond the
 * pause, its days and the parameters, which the checker inserts itself. It summarises; the rules decide.
 */
@FunctionalInterface
public interface Summariser {

    /** The summariser of an agreement with no code of its own: its rules read the calendar and parameters only. */
    Summariser NONE = (facts, pause, days, parameters) -> List.of();

    /** The facts to insert for {@code facts}, in the order to insert them. */
    List<Object> facts(FactSet facts, Pause pause, List<PauseDay> days, Map<String, Long> parameters);
}
