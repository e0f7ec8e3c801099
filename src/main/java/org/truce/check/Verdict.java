package org.truce.check;

/** What the findings say of a claim, from the strongest status of the findings it rests on. */
public enum Verdict {
    /** A finding the claim rests on is VIOLATED. */
    SUPPORTED,
    /** None is VIOLATED, but one is CONTESTED. */
    CONTESTED,
    /** None is VIOLATED or CONTESTED, and one is UNDETERMINED (or there is none to rest on). */
    UNDETERMINED,
    /** Every finding the claim rests on is COMPLIANT. */
    NOT_SUPPORTED
}
