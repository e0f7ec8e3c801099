package org.truce.agreements.gaza_2023_11;

import java.util.List;
import java.util.TreeSet;

/**
 * One source's report of the release agreed for an extension, over all its days: living hostages, and bodies of
 * hostages (0 where the report gives none).
 */
public record ExtensionAgreed(ExtensionSpan span, String source, long hostages, long bodies) {

    /** The sources an account rests on: those of the sum over the extension's days, and the one that gave the agreement. */
    public List<String> sourcesWith(PeriodFigure released) {
        TreeSet<String> all = new TreeSet<>(released.sources());
        all.add(source);
        return List.copyOf(all);
    }

    /** "20 hostages (10 + 10), against 20 agreed", for accounts: released over the extension's days, against the agreement. */
    public String detail(PeriodFigure released) {
        String days = span.days() == 1 ? "" : " (" + released.breakdown() + ")";
        String agreed = bodies == 0 ? Long.toString(hostages) : describe();
        return released.value() + " hostages" + days + ", against " + agreed + " agreed";
    }

    /** "10 hostages" or "8 hostages and the bodies of 3", for details. */
    public String describe() {
        return hostages + " hostages" + (bodies == 0 ? "" : " and the bodies of " + bodies);
    }
}
