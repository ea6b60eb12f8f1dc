package org.newsdesk.retrieval;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.index.Snapshot;

/** The passages nearest a query in embedding space, by exact cosine similarity over one snapshot. */
public record EmbeddingRetriever(Snapshot snapshot, QueryEmbeddings embeddings,
        int maxResults) implements ContentRetriever {

    @Override
    public List<Content> retrieve(Query query) {
        if (snapshot.isEmpty() || query.text().isBlank()) {
            return List.of();
        }
        double[] scores = snapshot.similarities(embeddings.of(query.text()));
        List<Content> contents = new ArrayList<>(maxResults);
        for (int p : best(scores, maxResults)) {
            contents.add(PassageContent.of(snapshot.passage(p), scores[p]));
        }
        return contents;
    }

    /**
     * The positions of the highest scores, best first (the earlier position first on a tie): one pass,
     * kept in a small sorted array, with no boxing, since it runs over every passage for every question.
     */
    static int[] best(double[] scores, int limit) {
        int[] top = new int[Math.min(limit, scores.length)];
        int size = 0;
        for (int p = 0; p < scores.length; p++) {
            double score = scores[p];
            if (size == top.length && (size == 0 || score <= scores[top[size - 1]])) {
                continue;
            }
            int i = size < top.length ? size++ : size - 1;
            while (i > 0 && scores[top[i - 1]] < score) {
                top[i] = top[i - 1];
                i--;
            }
            top[i] = p;
        }
        return top;
    }
}
