package org.truce.check;

/** A number of the rule set (a threshold, a ratio, a tolerance), stated once in the clause index. */
public record Parameter(String name, long value) {
}
