/**
 * Metrics with Micrometer, read by Prometheus at {@code /metrics}: answers by mode and outcome and their
 * latency, Telegram requests by method and status, reloads, model calls, the knowledge in use, and the
 * JVM's memory and GC. The only package that imports Micrometer; it hears the rest through the
 * {@link org.newsdesk.observe.Observer} port and by wrapping the {@link org.newsdesk.answer.Answerer}, so
 * no core class knows metrics exist.
 */
package org.newsdesk.metrics;
