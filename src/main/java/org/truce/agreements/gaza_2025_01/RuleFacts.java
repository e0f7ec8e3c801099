package org.truce.agreements.gaza_2025_01;

import org.truce.check.Pause;
import org.truce.check.PauseDay;
import org.truce.check.Summariser;
import org.truce.factset.FactSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The facts the rules of gaza-2025-01 compare, beyond the calendar and parameters: one summary per term that needs one. */
public final class RuleFacts implements Summariser {

    @Override
    public List<Object> facts(FactSet facts, Pause pause, List<PauseDay> days, Map<String, Long> parameters) {
        List<Object> out = new ArrayList<>();
        // Each term's summaries, in the order of the clause index.
        out.addAll(FirstReports.of(facts, days, parameters));
        LastWomanReleased.of(facts).ifPresent(out::add);
        out.addAll(NamesBeforeRelease.lists(facts));
        out.addAll(NamesBeforeRelease.releases(facts));
        List<BodiesReleased> bodies = LivingBeforeDeceased.released(facts);
        out.addAll(bodies);
        out.addAll(LivingBeforeDeceased.stillHeld(facts, pause, bodies));
        List<WomenReleased> women = ReleaseOrderWomen.released(facts);
        out.addAll(women);
        out.addAll(ReleaseOrderWomen.stillHeld(facts, women));
        out.addAll(HostageStatusList.lists(facts, pause, parameters));
        List<HostageTally> hostages = HostageTally.of(facts); // P1-05, P1-06, P1-10
        out.addAll(hostages);
        out.addAll(PhaseOneTotal.of(hostages, pause));
        out.addAll(ExchangeDay.of(facts));
        out.addAll(PrisonerTally.of(facts)); // P1-10, P1-12
        out.addAll(DailyTrucks.days(facts)); // P1-16, P1-16A, P1-16B
        out.addAll(DailyTrucks.periods(facts)); // P1-16 over periods
        return out;
    }
}
