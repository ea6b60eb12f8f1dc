package org.newsdesk.facts;

import java.util.Locale;

/**
 * Sums up the coverage for a reader. The extractive one quotes {@link Summary}'s sentences; the
 * command line may choose one that writes the summary instead. Safe to call from many threads.
 */
public interface Summarizer {

    /** @param reader the language of any notice about how the summary was made */
    CoverageSummary summarize(Locale reader);
}
