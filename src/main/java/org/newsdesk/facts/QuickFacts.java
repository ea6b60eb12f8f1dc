package org.newsdesk.facts;

import java.util.List;
import org.newsdesk.index.Snapshot;
import org.newsdesk.knowledge.CuratedFact;

/**
 * Quick facts per article, in the order of the {@link Summary}: the most-reported events first, each
 * event's reports newest first; the facts an editor curated in the knowledge folder, or, for an article
 * without any, facts drawn from its text.
 */
public final class QuickFacts {

    /**
     * The newest articles only: about what a chat shows before a reader stops scrolling, and drawing facts
     * tags every sentence it reads (2-5 ms a sentence on this project's machine), so a folder of a thousand
     * articles does not cost minutes.
     */
    public static final int MAX_ARTICLES = 10;

    private QuickFacts() {
    }

    public static List<ArticleFacts> of(Snapshot snapshot) {
        return Events.of(snapshot).stream().flatMap(event -> event.reports().stream()).limit(MAX_ARTICLES)
                .map(QuickFacts::of).toList();
    }

    private static ArticleFacts of(Coverage.Story story) {
        List<CuratedFact> curated = story.article().facts();
        if (curated.isEmpty()) {
            return new ArticleFacts(story.info(), false, DrawnFacts.of(story));
        }
        return new ArticleFacts(story.info(), true, curated.stream()
                .map(fact -> new QuickFact(QuickFact.Kind.CURATED, fact.statement(), new Quote(fact.quote(), story.info())))
                .toList());
    }
}
