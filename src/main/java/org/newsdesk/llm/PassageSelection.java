package org.newsdesk.llm;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.aggregator.ContentAggregator;
import dev.langchain4j.rag.content.aggregator.DefaultContentAggregator;
import dev.langchain4j.rag.query.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsdesk.retrieval.PassageContent;

/**
 * The passages the model is given: the best few after LangChain4j's reciprocal rank fusion, put back
 * in reading order (passages are single sentences, and "seven of them" only makes sense after the
 * sentence it follows). Each carries its fused rank as its score, 1 for the best, ½ for the next.
 */
final class PassageSelection implements ContentAggregator {

    /**
     * How many sentences the model reads. Chosen, not measured (there is no model to measure with in
     * the build): eight sentences are a short read, and leave room for the sentences around the best
     * one, which a fused ranking usually brings along.
     */
    static final int PASSAGES = 8;

    private final ContentAggregator fusion = new DefaultContentAggregator();

    @Override
    public List<Content> aggregate(Map<Query, Collection<List<Content>>> queryToContents) {
        List<Content> fused = fusion.aggregate(queryToContents);
        List<Content> chosen = new ArrayList<>();
        for (int rank = 0; rank < Math.min(PASSAGES, fused.size()); rank++) {
            Content content = fused.get(rank);
            chosen.add(Content.from(content.textSegment(),
                    Map.of(ContentMetadata.SCORE, Math.round(1000.0 / (rank + 1)) / 1000.0)));
        }
        chosen.sort(Comparator.comparing((Content content) -> content.textSegment().metadata()
                .getString(PassageContent.DOCUMENT)).thenComparingInt(PassageContent::passageIndex));
        return chosen;
    }
}
