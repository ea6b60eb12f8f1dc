/**
 * Measuring answers against a question file: reading and validating the file (one JSON question a
 * line), judging each answer (answerable or not, the expected pattern, the cited article, every quote
 * verbatim in its article), and the per-kind report. Core-side: it uses the answering core's values
 * ({@code answer}) and may not import picocli, Telegram, the console or a model provider.
 */
package org.newsdesk.evaluation;
