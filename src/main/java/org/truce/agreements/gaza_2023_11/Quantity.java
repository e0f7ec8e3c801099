package org.truce.agreements.gaza_2023_11;

/** What a daily figure counts. */
public enum Quantity {
    /** Hostages released under the deal ({@code inDeal: true}). */
    HOSTAGES_IN_DEAL,
    /** Prisoners released. */
    PRISONERS_RELEASED,
    /** Aid trucks that entered Gaza. */
    AID_TRUCKS,
    /** Litres of fuel that entered Gaza. */
    FUEL_LITRES
}
