package org.truce.agreements.gaza_2025_01;

/**
 * What a daily truck count of gaza-2025-01 counts, each read by its own term: aid trucks entering Gaza (P1-16), trucks
 * carrying fuel entering Gaza (P1-16A), and aid trucks entering northern Gaza (P1-16B).
 */
public enum Trucks {
    /** Aid trucks that entered Gaza ({@code days[].aidTrucks}), every truck counted whatever it carried. */
    AID("daily-aid-trucks", "trucks", "aid trucks entering Gaza"),
    /** Trucks carrying fuel that entered Gaza ({@code days[].fuelTrucksIn}). */
    FUEL("daily-fuel-trucks", "fuel trucks", "trucks carrying fuel entering Gaza"),
    /** Aid trucks that entered northern Gaza ({@code days[].trucksToNorth}). */
    NORTH("north-aid-trucks", "trucks to the north", "aid trucks entering northern Gaza");

    private final String term;
    private final String unit;
    private final String entering;

    Trucks(String term, String unit, String entering) {
        this.term = term;
        this.unit = unit;
        this.entering = entering;
    }

    /** The slug of the term that reads this count. */
    public String term() {
        return term;
    }

    /** How a count of them is written after its number ("630 trucks", "20 fuel trucks", "300 trucks to the north"). */
    public String unit() {
        return unit;
    }

    /** What the term requires, in words ("at least 600 aid trucks entering Gaza"). */
    public String required(long minimum) {
        return "at least " + number(minimum) + " " + entering;
    }

    /** What the term's finding of a day lacks when no source counted them. */
    public String needs() {
        return "a report of the " + entering.replace(" entering ", " that entered ") + " that day";
    }

    /** A count as people write it, with commas between thousands ("12,000"). */
    public static String number(long count) {
        return String.format(java.util.Locale.ROOT, "%,d", count);
    }
}
