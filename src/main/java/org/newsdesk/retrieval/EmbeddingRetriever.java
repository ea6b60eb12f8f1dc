package org.newsdesk.retrieval;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.newsdesk.index.Snapshot;

/** The passages nearest a query in embedding space, by exact cosine similarity over one snapshot. */
public final class EmbeddingRetriever implements ContentRetriever {

    private final Snapshot snapshot;
    private final QueryEmbeddings embeddings;
    private final int maxResults;

    public EmbeddingRetriever(Snapshot snapshot, QueryEmbeddings embeddings, int maxResults) {
        this.snapshot = snapshot;
        this.embeddings = embeddings;
        this.maxResults = maxResults;
    }

    @Override
    public List<Content> retrieve(Query query) {
        if (snapshot.isEmpty() || query.text().isBlank()) {
            return List.of();
        }
        double[] scores = snapshot.similarities(embeddings.of(query.text()));
        PriorityQueue<Integer> best = new PriorityQueue<>(Comparator.comparingDouble(p -> scores[p]));
        for (int p = 0; p < scores.length; p++) {
            best.add(p);
            if (best.size() > maxResults) {
                best.poll();
            }
        }
        List<Content> contents = new ArrayList<>(best.size());
        while (!best.isEmpty()) {
            int p = best.poll();
            contents.add(0, PassageContent.of(snapshot.passage(p), scores[p]));
        }
        return contents;
    }
}
