package org.newsdesk.facts;

import java.util.List;
import org.newsdesk.index.Snapshot;
import org.newsdesk.knowledge.CuratedFact;

/**
 * Quick facts per article, newest article first: the facts an editor curated in the knowledge folder,
 * or, for an article without any, facts drawn from its text.
 */
public final class QuickFacts {

    private QuickFacts() {
    }

    public static List<ArticleFacts> of(Snapshot snapshot) {
        return Coverage.stories(snapshot).stream().map(QuickFacts::of).toList();
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
