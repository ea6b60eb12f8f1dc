package org.newsdesk.evaluation;

import java.util.List;

/**
 * How one answer fared.
 *
 * @param problems           why it is wrong, in words; empty when right
 * @param nonVerbatimQuotes  quotes found in no article at all
 * @param wrongArticleQuotes quotes attributed to an article they do not come from, or, for a question
 *                           naming its outlet or date, quotes from another article than that one
 */
public record Verdict(List<String> problems, int nonVerbatimQuotes, int wrongArticleQuotes) {

    public Verdict {
        problems = List.copyOf(problems);
    }

    public boolean right() {
        return problems.isEmpty();
    }

    public String reason() {
        return String.join("; ", problems);
    }
}
