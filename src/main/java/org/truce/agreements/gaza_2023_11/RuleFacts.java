package org.truce.agreements.gaza_2023_11;

import org.truce.check.Pause;
import org.truce.check.PauseDay;
import org.truce.check.Summariser;
import org.truce.factset.FactSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The facts the rules of gaza-2023-11 compare, beyond the calendar and parameters: one summary per term that needs one. */
public final class RuleFacts implements Summariser {

    @Override
    public List<Object> facts(FactSet facts, Pause pause, List<PauseDay> days, Map<String, Long> parameters) {
        List<Object> out = new ArrayList<>();
        List<Figure> figures = DailyFigures.figures(facts);
        out.addAll(figures);
        out.addAll(DailyFigures.truckCounts(facts));
        out.addAll(DailyFigures.periodTotals(facts));
        out.addAll(DailyFigures.fuelPeriodTotals(facts));
        out.addAll(InitialHostages.sums(figures, pause));
        out.addAll(Extensions.facts(facts, pause, figures));
        Prisoners prisoners = new Prisoners(facts);
        out.addAll(ReleaseOrder.seniority(facts, prisoners));
        out.addAll(ReleaseOrder.witnesses(facts, prisoners));
        out.addAll(EligibleList.listing(facts, prisoners));
        out.addAll(HandoverSchedule.handoverDays(facts));
        out.addAll(HandoverSchedule.handoverTimings(facts));
        return out;
    }
}
