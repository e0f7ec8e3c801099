/**
 * The format {@code truce-facts/1}: its records, the streaming loader, its problems and reading limits.
 * Uses only the JDK and Jackson; knows no agreement, and learns parties and terms through {@link org.truce.factset.Vocabulary}.
 */
package org.truce.factset;
