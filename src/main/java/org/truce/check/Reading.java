package org.truce.check;

/**
 * One reading of a clause, in force for this run : a fact the rules join on, so that one session
 * evaluates every reading of a disputed clause side by side. Only clauses with readings have them.
 */
public record Reading(String clause, String id) {
}
