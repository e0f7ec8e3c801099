/**
 * What gaza-2023-11 alone needs in Java: the summaries its rules compare, one file per term that needs one, and its charts.
 * Uses check, factset and report (their types and interfaces); the engine never imports it, only cli does.
 */
package org.truce.agreements.gaza_2023_11;
