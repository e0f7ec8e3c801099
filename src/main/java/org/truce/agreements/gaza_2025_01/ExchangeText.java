package org.truce.agreements.gaza_2025_01;

/** What an account or an undecided pair of the exchange ratio (P1-10) says, for people. */
public final class ExchangeText {

    private ExchangeText() {
    }

    /**
     * A pair of one source's hostages and one source's prisoners and what the ratio owes for those hostages ("3 civilian
     * women released alive in the deal, 90 prisoners: 90 owed").
     */
    public static String ratio(HostageTally hostages, PrisonerTally prisoners, long perCivilian, long perFemaleSoldier) {
        long owed = Math.addExact(Math.multiplyExact(perCivilian, hostages.civilians()), Math.multiplyExact(perFemaleSoldier, hostages.femaleSoldiers()));
        return hostages.shows() + ", " + prisoners.count() + " prisoners: " + hostages.bound().before() + owed + " owed"
                + (hostages.bodies() > 0 ? " (no ratio was reported for bodies)" : "");
    }

    /** Why a pair, one of them a bound, decides nothing: the bounds leave room on both sides of what is owed. */
    public static String bounded(HostageTally hostages, PrisonerTally prisoners, long perCivilian, long perFemaleSoldier) {
        return hostages.shows() + ", " + prisoners.count() + " prisoners: the bounds allow both at least and fewer than the prisoners owed ("
                + perCivilian + " for each living civilian, " + perFemaleSoldier + " for each living female soldier)";
    }
}
