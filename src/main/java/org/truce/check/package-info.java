/**
 * The check: the calendar, the vocabulary every rule set uses (Obligation, Account, Parameter, Pause, PauseDay), findings and claim verdicts.
 * Uses factset and rulebook; reaches an agreement's own Java only through {@link org.truce.check.Summariser}.
 */
package org.truce.check;
