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
import org.newsdesk.knowledge.LinkLines;
import org.newsdesk.knowledge.PageFurniture;
import org.newsdesk.knowledge.Sentences;
import org.newsdesk.text.Printable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds snapshots: splits articles into sentence passages, gives those that need it their article
 * context, and embeds only what the cache does not already hold.
 */
public final class Indexer {

    /**
     * A new snapshot and how much embedding it took.
     *
     * @param repaired articles whose cached embeddings were damaged and were embedded again (counted in
     *                 {@code embeddedArticles})
     */
    public record Indexed(Snapshot snapshot, int embeddedArticles, int cachedArticles, List<CacheRepair> repaired) {

        public Indexed {
            repaired = List.copyOf(repaired);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

    private final Embedder embedder;
    private final EmbeddingCache cache;

    public Indexer(Embedder embedder, EmbeddingCache cache) {
        this.embedder = embedder;
        this.cache = cache;
    }

    public Indexed build(List<Article> articles, Progress progress) {
        Snapshot.Builder snapshot = new Snapshot.Builder(SimilarityScale.of(embedder.id()));
        Set<String> keys = new HashSet<>();
        List<CacheRepair> repaired = new ArrayList<>();
        int embedded = 0;
        int done = 0;
        for (Article article : articles) {
            List<Passage> own = passagesOf(article, snapshot.size());
            List<String> texts = textsToEmbed(own);
            String key = cacheKey(texts);
            keys.add(key);
            EmbeddingCache.Entry cached = cache.load(key, embedder.id(), texts.size());
            float[][] rows;
            if (cached instanceof EmbeddingCache.Hit hit) {
                rows = hit.vectors();
            } else {
                if (cached instanceof EmbeddingCache.Damaged damaged) {
                    LOG.warn("The cached embeddings of {} were damaged ({}); embedding it again",
                            Printable.brief(article.document()), damaged.reason());
                    repaired.add(new CacheRepair(article.document(), damaged.reason()));
                }
                rows = embed(key, texts);
                embedded++;
            }
            snapshot.add(article, own, rows);
            progress.update(++done, articles.size(), "articles");
        }
        cache.retainOnly(keys);
        return new Indexed(snapshot.build(Instant.now()), embedded, articles.size() - embedded, repaired);
    }

    private float[][] embed(String key, List<String> texts) {
        float[][] rows = embedder.embedPassages(texts).toArray(float[][]::new);
        cache.store(key, embedder.id(), rows);
        return rows;
    }

    /** The id of the model that embeds passages and queries. */
    public String embeddingModel() {
        return embedder.id();
    }

    /** A query vector of unit length, comparable with the passages of any snapshot this indexer built. */
    public float[] embedQuery(String text) {
        return embedder.embedQuery(text);
    }

    static List<Passage> passagesOf(Article article, int firstIndex) {
        List<Passage> passages = new ArrayList<>();
        PassageContext context = PassageContext.of(article);
        PageFurniture furniture = PageFurniture.of(article);
        for (Sentences.Span span : Sentences.split(article.body(), article.lead(), article.end())) {
            String sentence = span.of(article.body());
            if (LinkLines.isLink(sentence) || furniture.covers(span.start())) {
                continue;
            }
            passages.add(new Passage(firstIndex + passages.size(), article, passages.size(),
                    span.start(), span.end(), context.of(sentence, passages.isEmpty(), ownLine(article.body(), span)),
                    Clauses.of(sentence)));
        }
        return passages;
    }

    /** Whether the sentence is the whole of its line. */
    private static boolean ownLine(String body, Sentences.Span span) {
        return (span.start() == 0 || body.charAt(span.start() - 1) == '\n')
                && (span.end() == body.length() || body.charAt(span.end()) == '\n');
    }

    /** Every sentence, then the contexts and clauses of each passage in order: the rows of the cache file. */
    private static List<String> textsToEmbed(List<Passage> passages) {
        List<String> texts = new ArrayList<>(passages.stream().map(Passage::text).toList());
        passages.forEach(passage -> {
            texts.addAll(passage.contexts());
            texts.addAll(passage.clauses());
        });
        return texts;
    }

    private String cacheKey(List<String> texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(embedder.id().getBytes(StandardCharsets.UTF_8));
            for (String text : texts) {
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
