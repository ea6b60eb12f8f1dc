package org.newsdesk.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.newsdesk.knowledge.Article;
import org.newsdesk.knowledge.Sentences;

/**
 * Builds snapshots: splits articles into sentence passages, gives each the article context it needs,
 * and embeds only what the cache does not already hold.
 */
public final class Indexer {

    /** A new snapshot and how much embedding it took. */
    public record Indexed(Snapshot snapshot, int embeddedArticles, int cachedArticles) {
    }

    private final Embedder embedder;
    private final EmbeddingCache cache;

    public Indexer(Embedder embedder, EmbeddingCache cache) {
        this.embedder = embedder;
        this.cache = cache;
    }

    public Indexed build(List<Article> articles, Progress progress) {
        List<Passage> passages = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int embedded = 0;
        int done = 0;
        for (Article article : articles) {
            List<Passage> own = passagesOf(article, passages.size());
            String key = cacheKey(own);
            keys.add(key);
            float[][] rows = cache.load(key, own.size()).orElse(null);
            if (rows == null) {
                rows = embed(own);
                cache.store(key, rows);
                embedded++;
            }
            passages.addAll(own);
            vectors.addAll(List.of(rows));
            progress.update(++done, articles.size(), "articles");
        }
        cache.retainOnly(keys);
        int dimension = vectors.isEmpty() ? 0 : vectors.get(0).length;
        float[] matrix = new float[vectors.size() * dimension];
        for (int row = 0; row < vectors.size(); row++) {
            System.arraycopy(vectors.get(row), 0, matrix, row * dimension, dimension);
        }
        Snapshot snapshot = new Snapshot(articles, passages, matrix, dimension, Instant.now());
        return new Indexed(snapshot, embedded, articles.size() - embedded);
    }

    /** A query vector of unit length, comparable with the passages of any snapshot this indexer built. */
    public float[] embedQuery(String text) {
        return embedder.embedQuery(text);
    }

    static List<Passage> passagesOf(Article article, int firstIndex) {
        List<Passage> passages = new ArrayList<>();
        String context = "";
        for (Sentences.Span span : Sentences.split(article.body(), article.lead(), article.end())) {
            String sentence = span.of(article.body());
            passages.add(new Passage(firstIndex + passages.size(), article, passages.size(),
                    span.start(), span.end(), context + sentence));
        }
        return passages;
    }

    private float[][] embed(List<Passage> passages) {
        return embedder.embedPassages(passages.stream().map(Passage::embedded).toList()).toArray(float[][]::new);
    }

    private String cacheKey(List<Passage> passages) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(embedder.id().getBytes(StandardCharsets.UTF_8));
            for (Passage passage : passages) {
                digest.update((byte) 0);
                digest.update(passage.embedded().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

}
