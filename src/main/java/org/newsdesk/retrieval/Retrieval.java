package org.newsdesk.retrieval;

import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.router.QueryRouter;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.newsdesk.index.Snapshot;

/** Retrieval over whichever snapshot is current, with one chain built per snapshot and reused. */
public final class Retrieval {

    private final Supplier<Snapshot> snapshots;
    private final QueryEmbeddings embeddings;
    private final AtomicReference<RetrievalChain> chain = new AtomicReference<>();

    public Retrieval(Supplier<Snapshot> snapshots, QueryEmbeddings embeddings) {
        this.snapshots = snapshots;
        this.embeddings = embeddings;
    }

    /** The chain of the current snapshot; hold on to it for one question so all of it sees one snapshot. */
    public RetrievalChain chain() {
        Snapshot snapshot = snapshots.get();
        return chain.updateAndGet(known -> known != null && known.snapshot() == snapshot
                ? known : new RetrievalChain(snapshot, embeddings));
    }

    public QueryEmbeddings embeddings() {
        return embeddings;
    }

    /** A router over the current snapshot's retrievers, for a {@code RetrievalAugmentor} of one's own. */
    public QueryRouter router() {
        return new QueryRouter() {
            @Override
            public Collection<ContentRetriever> route(Query query) {
                return chain().router().route(query);
            }
        };
    }
}
