package org.newsdesk.retrieval;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.List;
import org.newsdesk.index.Snapshot;

/** The passages that best match a query's words, by BM25 over one snapshot's lexical index. */
public final class LexicalRetriever implements ContentRetriever {

    private final Snapshot snapshot;
    private final int maxResults;

    public LexicalRetriever(Snapshot snapshot, int maxResults) {
        this.snapshot = snapshot;
        this.maxResults = maxResults;
    }

    @Override
    public List<Content> retrieve(Query query) {
        return snapshot.lexical().search(query.text(), maxResults).stream()
                .map(hit -> PassageContent.of(snapshot.passage(hit.passage()), hit.score()))
                .toList();
    }
}
