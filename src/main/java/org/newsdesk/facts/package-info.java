/**
 * What the coverage says at a glance, built from a {@link org.newsdesk.index.Snapshot}: quick facts
 * (curated, or drawn from the text), a summary in quoted sentences, a timeline of dated events and
 * the list of articles. Every item quotes its article verbatim. Imports knowledge and index only;
 * never answer, Telegram, picocli or any adapter.
 */
package org.newsdesk.facts;
