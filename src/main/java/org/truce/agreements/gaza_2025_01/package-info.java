/**
 * What the January 2025 cease-fire, phase one ({@code gaza-2025-01}), alone needs beyond the engine: the summaries of
 * its fact sets that its rules ({@code rules/gaza-2025-01/}) compare. It summarises; the rules decide.
 */
package org.truce.agreements.gaza_2025_01;
