package org.truce.agreements.gaza_2025_01;

import org.truce.check.Entry;
import org.truce.factset.Bound;
import org.truce.factset.Day;
import org.truce.factset.FactSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One source's hostages released in the deal on one pause day, by status and category: the sum of that source's
 * reports of the day without a bound ({@code EXACT}), or one report that gives only a lower ({@code AT_LEAST}) or upper
 * ({@code AT_MOST}) bound, which never adds up with others. {@code civilians} are the living civilian women, children
 * and civilian men; {@code livingOfNoCategory} the living whose category the report does not give; {@code bodies} the
 * hostages returned dead; {@code statusNotSaid} those of whom the report does not say whether they were alive.
 * Read by exchange-ratio (P1-10), release-schedule (P1-06) and phase-one-hostages (P1-05, which sums them).
 */
public record HostageTally(LocalDate date, String source, Bound bound, long civilianWomen, long children, long civilianMen,
                           long civilians, long femaleSoldiers, long maleSoldiers, long livingOfNoCategory, long living, long bodies,
                           long statusNotSaid, long total) implements Entry.Bounded {

    /**
     * The tallies of a fact set: per day and source, the sum of its reports without a bound, then each report with one.
     */
    public static List<HostageTally> of(FactSet facts) {
        List<HostageTally> out = new ArrayList<>();
        for (Day day : facts.days()) {
            Map<String, long[]> bySource = new TreeMap<>();
            List<HostageTally> bounded = new ArrayList<>();
            for (Day.HostageRelease r : day.hostageReleases()) {
                if (!r.inDeal()) {
                    continue;
                }
                if (r.bound() == Bound.EXACT) {
                    add(bySource.computeIfAbsent(r.source(), s -> new long[SLOTS]), r);
                } else {
                    long[] one = new long[SLOTS];
                    add(one, r);
                    bounded.add(of(day.date(), r.source(), r.bound(), one));
                }
            }
            bySource.forEach((source, c) -> out.add(of(day.date(), source, Bound.EXACT, c)));
            out.addAll(bounded);
        }
        return out;
    }

    private static final int WOMEN = 0, CHILDREN = 1, MEN = 2, FEMALE_SOLDIERS = 3, MALE_SOLDIERS = 4, NO_CATEGORY = 5, BODIES = 6,
            NOT_SAID = 7, SLOTS = 8;

    private static void add(long[] c, Day.HostageRelease r) {
        int slot;
        if ("deceased".equals(r.status())) {
            slot = BODIES;
        } else if (r.status() == null) {
            slot = NOT_SAID;
        } else if (r.category() == null) {
            slot = NO_CATEGORY;
        } else {
            slot = switch (r.category()) {
                case "civilian-woman" -> WOMEN;
                case "child" -> CHILDREN;
                case "civilian-man" -> MEN;
                case "female-soldier" -> FEMALE_SOLDIERS;
                case "male-soldier" -> MALE_SOLDIERS;
                default -> throw new IllegalArgumentException("hostage category " + r.category() + " is none of the format's");
            };
        }
        c[slot] = Math.addExact(c[slot], r.count());
    }

    private static HostageTally of(LocalDate date, String source, Bound bound, long[] c) {
        long civilians = Math.addExact(Math.addExact(c[WOMEN], c[CHILDREN]), c[MEN]);
        long living = Math.addExact(Math.addExact(Math.addExact(civilians, c[FEMALE_SOLDIERS]), c[MALE_SOLDIERS]), c[NO_CATEGORY]);
        long total = Math.addExact(Math.addExact(living, c[BODIES]), c[NOT_SAID]);
        return new HostageTally(date, source, bound, c[WOMEN], c[CHILDREN], c[MEN], civilians, c[FEMALE_SOLDIERS], c[MALE_SOLDIERS],
                c[NO_CATEGORY], living, c[BODIES], c[NOT_SAID], total);
    }

    @Override
    public List<String> readBy() {
        return READ_BY;
    }

    private static final List<String> READ_BY = List.of("exchange-ratio", "release-schedule", "phase-one-hostages");

    @Override
    public LocalDate day() {
        return date;
    }

    /**
     * What the tally says, for people: "3 civilian women released alive in the deal", "at least 2 civilian men released
     * alive and the bodies of 1 hostage returned in the deal", "3 hostages released (alive or dead not said) in the deal".
     */
    @Override
    public String shows() {
        List<String> alive = new ArrayList<>();
        some(alive, civilianWomen, "civilian woman", "civilian women");
        some(alive, children, "child", "children");
        some(alive, civilianMen, "civilian man", "civilian men");
        some(alive, femaleSoldiers, "female soldier", "female soldiers");
        some(alive, maleSoldiers, "male soldier", "male soldiers");
        some(alive, livingOfNoCategory, "hostage of no reported category", "hostages of no reported category");
        List<String> parts = new ArrayList<>();
        if (!alive.isEmpty()) {
            parts.add(and(alive) + " released alive");
        }
        if (bodies > 0) {
            parts.add("the bodies of " + bodies + (bodies == 1 ? " hostage" : " hostages") + " returned");
        }
        if (statusNotSaid > 0) {
            parts.add(statusNotSaid + (statusNotSaid == 1 ? " hostage" : " hostages") + " released (alive or dead not said)");
        }
        String said = parts.isEmpty() ? "no hostages released" : and(parts);
        return bound.before() + said + " in the deal";
    }

    /** Why the tally forms no account of the exchange ratio, after what it shows. */
    public String noRatio() {
        String why;
        if (statusNotSaid > 0) {
            why = "the ratio is owed for living hostages, and the report does not say whether these were alive";
        } else if (livingOfNoCategory > 0) {
            why = "the prisoners owed depend on each living hostage's category (civilian or female soldier), which the report does not give";
        } else if (maleSoldiers > 0) {
            why = "no ratio was reported for male soldiers, who are not among the hostages of phase one as reported";
        } else {
            why = "no ratio of prisoners was reported for bodies returned";
        }
        return shows() + ": " + why;
    }

    /** Why the tally decides nothing against a scheduled number of living hostages, after what it shows. */
    public String notScheduleCount(long minimum) {
        String why;
        if (bound == Bound.AT_LEAST && living < minimum) {
            why = "a figure for part of the day cannot show that fewer than " + minimum + " were released alive in all";
        } else if (bound == Bound.AT_MOST && living + statusNotSaid >= minimum) {
            why = "an upper bound cannot show that " + minimum + " were released alive";
        } else {
            why = "whether " + minimum + " of them were alive is not reported";
        }
        return shows() + ": " + why;
    }

    private static void some(List<String> parts, long n, String one, String many) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }

    static String and(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
