/**
 * The commands (check, generate) and where an agreement's Java is chosen by its id ({@link org.truce.cli.Agreements}).
 * Uses every package; the only one that names an agreement's package.
 */
package org.truce.cli;
