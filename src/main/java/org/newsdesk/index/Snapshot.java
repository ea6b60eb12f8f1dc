package org.newsdesk.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.newsdesk.knowledge.Article;

/**
 * Everything a question is answered from, frozen: the articles, their passages, unit-length
 * embeddings (one per passage, and a second for passages embedded with their article context) and the
 * lexical index. Never changed after construction; a reload builds a new one and swaps it in, so a
 * question in flight keeps the snapshot it started with.
 */
public final class Snapshot {

    /**
     * From this many passages the scan is split over the common fork-join pool: at 12,000 passages it
     * takes over two milliseconds on one core, while below a few thousand the hand-over costs more
     * than it saves.
     */
    private static final int PARALLEL_SCAN_FROM = 4096;
    private static final int SCAN_CHUNKS = 4;

    private final List<Article> articles;
    private final Map<String, Article> byDocument;
    private final Map<String, List<Passage>> byArticle;
    private final List<Passage> passages;
    private final int dimension;
    private final float[] vectors;
    /** The vectors of every passage's contexts, then its clauses, passage after passage. */
    private final float[] contextVectors;
    /** For each passage, its first row in {@link #contextVectors}; its rows end where the next passage's start. */
    private final int[] contextStarts;
    /** For each passage, its first clause row in {@link #contextVectors}, after its contexts' rows. */
    private final int[] clauseStarts;
    private final LexicalIndex lexical;
    private final SimilarityScale scale;
    private final Instant builtAt;

    private Snapshot(Builder builder, Instant builtAt) {
        this.articles = List.copyOf(builder.articles);
        this.passages = List.copyOf(builder.passages);
        this.dimension = builder.dimension;
        this.vectors = flatten(builder.vectors, dimension);
        this.contextVectors = flatten(builder.contextVectors, dimension);
        this.contextStarts = Arrays.copyOf(builder.contextStarts, builder.passages.size() + 1);
        this.contextStarts[builder.passages.size()] = builder.contextVectors.size();
        this.clauseStarts = Arrays.copyOf(builder.clauseStarts, builder.passages.size());
        this.builtAt = builtAt;
        this.scale = builder.scale;
        this.lexical = new LexicalIndex(this.passages);
        Map<String, Article> documents = new LinkedHashMap<>();
        Map<String, List<Passage>> perArticle = new LinkedHashMap<>();
        articles.forEach(article -> documents.put(article.document(), article));
        passages.forEach(passage -> perArticle.computeIfAbsent(passage.document(), d -> new ArrayList<>()).add(passage));
        this.byDocument = Map.copyOf(documents);
        perArticle.replaceAll((document, own) -> List.copyOf(own));
        this.byArticle = Map.copyOf(perArticle);
    }

    public static Snapshot empty() {
        return new Builder().build(Instant.now());
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

    /** The passages of one article, in order. */
    public List<Passage> passagesOf(Article article) {
        return byArticle.getOrDefault(article.document(), List.of());
    }

    public LexicalIndex lexical() {
        return lexical;
    }

    /** Where the similarities of the model that embedded this snapshot draw their lines. */
    public SimilarityScale scale() {
        return scale;
    }

    public Instant builtAt() {
        return builtAt;
    }

    public boolean isEmpty() {
        return passages.isEmpty();
    }

    /**
     * Cosine similarity of a unit-length query vector with a passage: the best of the sentence alone
     * and the sentence in its article context.
     */
    public double similarity(float[] unitQuery, int passage) {
        return closest(unitQuery, passage, clauseStarts[passage]);
    }

    /**
     * Cosine similarity of a unit-length query and the closest of a passage's sentence, its contexts and the pieces of
     * a long sentence ({@link Passage#clauses}): how near the passage comes to what a short question asks.
     */
    public double closestSimilarity(float[] unitQuery, int passage) {
        return closest(unitQuery, passage, contextStarts[passage + 1]);
    }

    private double closest(float[] unitQuery, int passage, int rowsEnd) {
        if (unitQuery.length != dimension) {
            throw new IllegalArgumentException("query has " + unitQuery.length + " dimensions, index has " + dimension);
        }
        double similarity = dot(unitQuery, vectors, passage * dimension);
        for (int row = contextStarts[passage]; row < rowsEnd; row++) {
            similarity = Math.max(similarity, dot(unitQuery, contextVectors, row * dimension));
        }
        return similarity;
    }

    /** Cosine similarity of two passages' own embeddings (without their article context). */
    public double similarityBetween(int passage, int other) {
        double sum = 0;
        for (int i = 0; i < dimension; i++) {
            sum += vectors[passage * dimension + i] * vectors[other * dimension + i];
        }
        return sum;
    }

    /** Similarities of a unit-length query with every passage, in passage order. */
    public double[] similarities(float[] unitQuery) {
        double[] scores = new double[passages.size()];
        if (scores.length < PARALLEL_SCAN_FROM) {
            for (int p = 0; p < scores.length; p++) {
                scores[p] = similarity(unitQuery, p);
            }
            return scores;
        }
        int chunk = (scores.length + SCAN_CHUNKS - 1) / SCAN_CHUNKS;
        IntStream.range(0, SCAN_CHUNKS).parallel().forEach(part -> {
            for (int p = part * chunk; p < Math.min(scores.length, (part + 1) * chunk); p++) {
                scores[p] = similarity(unitQuery, p);
            }
        });
        return scores;
    }

    /**
     * Eight running sums rather than one, so the processor overlaps the additions instead of waiting
     * for each before the next: the similarity scan of every question is the core's hottest loop
     * (twice as fast with four sums in doubles at 1,000 articles, BENCHMARKS.md; eight in floats took
     * about another half millisecond off the answer, with the same answers on the golden set).
     */
    private double dot(float[] query, float[] matrix, int offset) {
        float a = 0;
        float b = 0;
        float c = 0;
        float d = 0;
        float e = 0;
        float f = 0;
        float g = 0;
        float h = 0;
        int i = 0;
        for (; i + 7 < dimension; i += 8) {
            a += query[i] * matrix[offset + i];
            b += query[i + 1] * matrix[offset + i + 1];
            c += query[i + 2] * matrix[offset + i + 2];
            d += query[i + 3] * matrix[offset + i + 3];
            e += query[i + 4] * matrix[offset + i + 4];
            f += query[i + 5] * matrix[offset + i + 5];
            g += query[i + 6] * matrix[offset + i + 6];
            h += query[i + 7] * matrix[offset + i + 7];
        }
        for (; i < dimension; i++) {
            a += query[i] * matrix[offset + i];
        }
        return ((a + b) + (c + d)) + ((e + f) + (g + h));
    }


    private static float[] flatten(List<float[]> rows, int dimension) {
        float[] matrix = new float[rows.size() * dimension];
        for (int row = 0; row < rows.size(); row++) {
            System.arraycopy(rows.get(row), 0, matrix, row * dimension, dimension);
        }
        return matrix;
    }

    /** Collects articles with their passages and embedding rows, then freezes them into a snapshot. */
    static final class Builder {
        private final SimilarityScale scale;
        private final List<Article> articles = new ArrayList<>();
        private final List<Passage> passages = new ArrayList<>();
        private final List<float[]> vectors = new ArrayList<>();
        private final List<float[]> contextVectors = new ArrayList<>();
        private int[] contextStarts = new int[16];
        private int[] clauseStarts = new int[16];
        private int dimension;

        Builder() {
            this(SimilarityScale.E5_SMALL_V2_Q);
        }

        Builder(SimilarityScale scale) {
            this.scale = scale;
        }

        int size() {
            return passages.size();
        }

        /**
         * @param rows one vector per passage, then one per context and one per clause of each passage, in passage order
         */
        void add(Article article, List<Passage> own, float[][] rows) {
            articles.add(article);
            int next = own.size();
            for (int i = 0; i < own.size(); i++) {
                Passage passage = own.get(i);
                if (passages.size() + 1 >= contextStarts.length) {
                    contextStarts = Arrays.copyOf(contextStarts, contextStarts.length * 2);
                    clauseStarts = Arrays.copyOf(clauseStarts, clauseStarts.length * 2);
                }
                contextStarts[passages.size()] = contextVectors.size();
                clauseStarts[passages.size()] = contextVectors.size() + passage.contexts().size();
                for (int c = 0; c < passage.contexts().size() + passage.clauses().size(); c++) {
                    contextVectors.add(rows[next++]);
                }
                passages.add(passage);
                vectors.add(rows[i]);
                dimension = rows[i].length;
            }
        }

        Snapshot build(Instant builtAt) {
            return new Snapshot(this, builtAt);
        }
    }
}
