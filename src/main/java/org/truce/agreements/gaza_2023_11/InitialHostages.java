package org.truce.agreements.gaza_2023_11;

import org.truce.check.Pause;

import java.util.List;

/**
 * The facts of the initial-hostages term (T03): the hostages released in the deal summed over the initial pause, its
 * first day to its last initial day, one sum per way of reading one source's figure for each day.
 */
final class InitialHostages {

    private InitialHostages() {
    }

    static List<PeriodFigure> sums(List<Figure> figures, Pause pause) {
        return DailyFigures.periodSums(figures, Quantity.HOSTAGES_IN_DEAL, pause.firstDay(), pause.lastInitialDay());
    }
}
