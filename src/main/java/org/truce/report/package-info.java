/**
 * The reports for people and programs (text, JSON, Markdown, HTML with SVG charts), from a check's result.
 * Uses check, factset and rulebook; draws an agreement's charts only through {@link org.truce.report.ChartSource}.
 */
package org.truce.report;
