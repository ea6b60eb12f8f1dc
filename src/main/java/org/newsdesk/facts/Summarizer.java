package org.newsdesk.facts;

/**
 * Sums up the coverage for a reader. The extractive one quotes {@link Summary}'s sentences; the
 * command line may choose one that writes the summary instead. Safe to call from many threads.
 */
public interface Summarizer {

    CoverageSummary summarize();
}
