package org.truce.report;

import java.util.List;

/**
 * The charts of an agreement's report: drawn from what the check carries (its calendar, parameters and the facts its
 * summariser gave the rules), with {@link ReportView#daily} to lay out one figure per source and day.
 */
@FunctionalInterface
public interface ChartSource {

    /** The chart source of an agreement with no charts of its own. */
    ChartSource NONE = view -> List.of();

    /** The charts of one report, in the order the page shows them. */
    List<ReportView.Chart> charts(ReportView view);
}
