package org.truce.check;

/**
 * A number of the rule set (a threshold, a ratio, a tolerance), stated once in the clause index. {@code reading} is the
 * id of the reading of the parameter's clause this value holds under, and null for a clause reported one way only: a
 * clause with readings has one Parameter per reading, so a rule that joins on the reading sees the value of its own.
 */
public record Parameter(String name, long value, String reading) {

    /** The value of a parameter whose clause has no readings. */
    public Parameter(String name, long value) {
        this(name, value, null);
    }
}
