/**
 * Rule sets: the clause index, the DRL compiled through the KIE API and cached, the citations every rule must carry.
 * Uses factset (for problems and the vocabulary) and Drools; names no agreement, party or term.
 */
package org.truce.rulebook;
