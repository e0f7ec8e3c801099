package org.truce.agreements.gaza_2023_11;

/** What a daily figure counts. */
public enum Quantity {
    /** Hostages released under the deal ({@code inDeal: true}). */
    HOSTAGES_IN_DEAL,
    /** Prisoners released. */
    PRISONERS_RELEASED,
    /** Aid trucks that entered Gaza. */
    AID_TRUCKS,
    /** Of a source's aid trucks of the day, those its reports say carried fuel or cooking gas (0 where they do not say). */
    AID_TRUCKS_WITH_FUEL,
    /** Litres of fuel that entered Gaza. */
    FUEL_LITRES
}
