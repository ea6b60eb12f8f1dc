package org.newsdesk.retrieval;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.AugmentationRequest;
import dev.langchain4j.rag.DefaultRetrievalAugmentor;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.aggregator.DefaultContentAggregator;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.router.DefaultQueryRouter;
import dev.langchain4j.rag.query.router.QueryRouter;
import java.util.List;
import org.newsdesk.index.Snapshot;

/**
 * Retrieval over one snapshot: both retrievers behind LangChain4j's router, their rankings fused by
 * its default aggregator (reciprocal rank fusion), run by its {@link DefaultRetrievalAugmentor}.
 */
public final class RetrievalChain {

    /**
     * How many passages each retriever contributes before fusion. Measured on the golden set: the
     * sentence that answers a paraphrased question is within the top 10 of one retriever or the other
     * for every answerable question; 20 leaves room for larger knowledge folders at no visible cost.
     */
    static final int CANDIDATES_PER_RETRIEVER = 20;

    private final Snapshot snapshot;
    private final QueryRouter router;
    private final RetrievalAugmentor augmentor;

    RetrievalChain(Snapshot snapshot, QueryEmbeddings embeddings) {
        this.snapshot = snapshot;
        this.router = new DefaultQueryRouter(
                new EmbeddingRetriever(snapshot, embeddings, CANDIDATES_PER_RETRIEVER),
                new LexicalRetriever(snapshot, CANDIDATES_PER_RETRIEVER));
        this.augmentor = DefaultRetrievalAugmentor.builder()
                .queryRouter(router)
                .contentAggregator(new DefaultContentAggregator())
                // both retrievers take well under a millisecond to a few: a thread hop would cost more
                .executor(Runnable::run)
                .build();
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public QueryRouter router() {
        return router;
    }

    /** Passages for a query, best first, fused from both retrievers. */
    public List<Content> retrieve(String query) {
        UserMessage message = UserMessage.from(query);
        return augmentor.augment(new AugmentationRequest(message, Metadata.from(message, null, List.of())))
                .contents();
    }
}
