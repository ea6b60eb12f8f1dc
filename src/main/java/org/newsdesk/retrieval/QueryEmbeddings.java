package org.newsdesk.retrieval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Query vectors, remembered for the last few texts: the embedding retriever and the answerer's
 * scoring both need the vector of the same question, and embedding it twice would double the cost.
 */
public final class QueryEmbeddings {

    private static final int REMEMBERED = 256;

    private final Function<String, float[]> embedder;
    private final Map<String, float[]> recent = new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** @param embedder returns a unit-length vector for a text */
    public QueryEmbeddings(Function<String, float[]> embedder) {
        this.embedder = embedder;
    }

    public float[] of(String text) {
        synchronized (recent) {
            float[] known = recent.get(text);
            if (known != null) {
                return known;
            }
        }
        float[] vector = embedder.apply(text);
        synchronized (recent) {
            recent.put(text, vector);
        }
        return vector;
    }
}
