package org.truce.check;

/** The status of a finding or of one account of it (docs/report-format.md, "Status: how accounts combine"). */
public enum Status {
    /** Every account shows the term met. */
    COMPLIANT,
    /** Every account shows the term breached. */
    VIOLATED,
    /** The accounts disagree. */
    CONTESTED,
    /** There is no account: an input of the term has no report. */
    UNDETERMINED;

    /** The status of a finding whose accounts have the given statuses. */
    static Status of(java.util.Collection<Status> accounts) {
        if (accounts.isEmpty()) {
            return UNDETERMINED;
        }
        boolean met = accounts.contains(COMPLIANT);
        boolean breached = accounts.contains(VIOLATED);
        return met && breached ? CONTESTED : met ? COMPLIANT : VIOLATED;
    }
}
