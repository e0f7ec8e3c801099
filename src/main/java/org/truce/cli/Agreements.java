package org.truce.cli;

import org.truce.agreements.gaza_2023_11.Charts;
import org.truce.agreements.gaza_2023_11.RuleFacts;
import org.truce.check.Summariser;
import org.truce.report.ChartSource;

import java.util.Map;

/**
 * The Java of each agreement that has some, by agreement id: the summariser of facts for its rules and the source of
 * its charts. Written here, never named by data: a rule set whose agreement has no entry (a test rule set, say) gets
 * no summaries and no charts.
 */
public final class Agreements {

    private record Code(Summariser summariser, ChartSource charts) {
    }

    private static final Map<String, Code> CODE = Map.of(
            "gaza-2023-11", new Code(new RuleFacts(), new Charts()),
            "gaza-2025-01", new Code(new org.truce.agreements.gaza_2025_01.RuleFacts(), new org.truce.agreements.gaza_2025_01.Charts()));

    private Agreements() {
    }

    /** The summariser of the agreement {@code id}; {@link Summariser#NONE} for one with no code of its own. */
    public static Summariser summariser(String id) {
        Code code = CODE.get(id);
        return code == null ? Summariser.NONE : code.summariser();
    }

    /** The chart source of the agreement {@code id}; {@link ChartSource#NONE} for one with no charts of its own. */
    public static ChartSource charts(String id) {
        Code code = CODE.get(id);
        return code == null ? ChartSource.NONE : code.charts();
    }
}
