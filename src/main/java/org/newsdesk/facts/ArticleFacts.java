package org.newsdesk.facts;

import java.util.List;

/**
 * The quick facts of one article.
 *
 * @param curated true when an editor wrote them, false when they were drawn from the text
 */
public record ArticleFacts(ArticleInfo article, boolean curated, List<QuickFact> facts) {

    public ArticleFacts {
        facts = List.copyOf(facts);
    }
}
