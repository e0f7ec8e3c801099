package org.truce.agreements.gaza_2025_01;

import org.truce.factset.Day;
import org.truce.factset.FactSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A day on which some source reports hostages released in the deal; {@code mayBeLiving} where some report of the day
 * gives living hostages, or does not say whether they were alive (a day of bodies alone is not). The terms of the
 * exchange have their findings on these days: exchange-ratio (P1-10) where they may be living, prisoners-same-day
 * (P1-12) on every one.
 */
public record ExchangeDay(LocalDate date, long epochDay, boolean mayBeLiving) {

    /** The exchange days of a fact set, in date order. */
    public static List<ExchangeDay> of(FactSet facts) {
        List<ExchangeDay> out = new ArrayList<>();
        for (Day day : facts.days()) {
            boolean any = false;
            boolean living = false;
            for (Day.HostageRelease r : day.hostageReleases()) {
                if (r.inDeal() && r.count() > 0) {
                    any = true;
                    living |= !"deceased".equals(r.status());
                }
            }
            if (any) {
                out.add(new ExchangeDay(day.date(), day.date().toEpochDay(), living));
            }
        }
        return out;
    }
}
