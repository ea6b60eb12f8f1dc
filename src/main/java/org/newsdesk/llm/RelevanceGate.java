package org.newsdesk.llm;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.aggregator.ContentAggregator;
import dev.langchain4j.rag.query.Query;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Question;

/**
 * The step between retrieval and the model: asks the extractive answerer whether the articles cover
 * the question (as asked, or as rewritten for retrieval) and stops the chain with {@link NotCovered}
 * when they do not; otherwise hands the retrieved passages on.
 */
record RelevanceGate(Answerer extractive, ContentAggregator next) implements ContentAggregator {

    @Override
    public List<Content> aggregate(Map<Query, Collection<List<Content>>> queryToContents) {
        Turn turn = null;
        for (Query query : queryToContents.keySet()) {
            turn = Turn.of(query);
            if (!query.text().equals(turn.question().text())) {
                turn.rewritten(extractive.answer(Question.of(query.text())));
            }
        }
        if (turn == null || !turn.covered()) {
            throw new NotCovered();
        }
        return next.aggregate(queryToContents);
    }
}
