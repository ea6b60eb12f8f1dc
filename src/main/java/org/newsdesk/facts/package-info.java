/**
 * What the coverage says at a glance, built from a {@link org.newsdesk.index.Snapshot}: quick facts
 * (curated, or drawn from the text), a summary in quoted sentences, a timeline of dated events and
 * the list of articles. Every item quotes its article verbatim. {@link org.newsdesk.facts.Summarizer}
 * is how adapters get the summary, quoted by default or written by a model the command line
 * chose. Imports knowledge, index, text (the part-of-speech tagger) and prompts (dates in a reader's language);
 * never answer, Telegram, picocli or any adapter.
 */
package org.newsdesk.facts;
