package org.newsdesk.index;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.knowledge.Article;

/**
 * Everything a question is answered from, frozen: the articles, their passages, one unit-length
 * embedding per passage and the lexical index. Never changed after construction; a reload builds a
 * new one and swaps it in, so a question in flight keeps the snapshot it started with.
 */
public final class Snapshot {

    private final List<Article> articles;
    private final Map<String, Article> byDocument;
    private final List<Passage> passages;
    private final float[] vectors;
    private final int dimension;
    private final LexicalIndex lexical;
    private final Instant builtAt;

    Snapshot(List<Article> articles, List<Passage> passages, float[] vectors, int dimension, Instant builtAt) {
        this.articles = List.copyOf(articles);
        this.passages = List.copyOf(passages);
        this.vectors = vectors;
        this.dimension = dimension;
        this.builtAt = builtAt;
        this.lexical = new LexicalIndex(this.passages);
        Map<String, Article> documents = new LinkedHashMap<>();
        articles.forEach(article -> documents.put(article.document(), article));
        this.byDocument = Map.copyOf(documents);
    }

    public static Snapshot empty() {
        return new Snapshot(List.of(), List.of(), new float[0], 0, Instant.now());
    }

    public List<Article> articles() {
        return articles;
    }

    public Optional<Article> article(String document) {
        return Optional.ofNullable(byDocument.get(document));
    }

    public List<Passage> passages() {
        return passages;
    }

    public Passage passage(int index) {
        return passages.get(index);
    }

    public LexicalIndex lexical() {
        return lexical;
    }

    public Instant builtAt() {
        return builtAt;
    }

    public boolean isEmpty() {
        return passages.isEmpty();
    }

    /** Cosine similarity of a unit-length query vector with a passage's embedding. */
    public double similarity(float[] unitQuery, int passage) {
        if (unitQuery.length != dimension) {
            throw new IllegalArgumentException("query has " + unitQuery.length + " dimensions, index has " + dimension);
        }
        double dot = 0;
        int offset = passage * dimension;
        for (int i = 0; i < dimension; i++) {
            dot += unitQuery[i] * vectors[offset + i];
        }
        return dot;
    }

    /** Similarities of a unit-length query with every passage, in passage order. */
    public double[] similarities(float[] unitQuery) {
        double[] scores = new double[passages.size()];
        for (int p = 0; p < scores.length; p++) {
            scores[p] = similarity(unitQuery, p);
        }
        return scores;
    }
}
