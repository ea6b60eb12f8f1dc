package org.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsdesk.knowledge.Article;
import org.newsdesk.knowledge.ArticleParser;

class SnapshotTest {

    @Test
    void should_score_a_large_snapshot_in_parallel_exactly_as_passage_by_passage() throws Exception {
        Random random = new Random(7);
        Snapshot.Builder builder = new Snapshot.Builder();
        for (int a = 0; a < 500; a++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 10; s++) {
                text.append("Sentence ").append(s).append(" of story ").append(a).append(". ");
            }
            Article article = new ArticleParser().parse("story-" + a + ".txt", text.toString(), "hash-" + a);
            List<Passage> passages = Indexer.passagesOf(article, builder.size());
            float[][] rows = new float[passages.size()][];
            for (int r = 0; r < rows.length; r++) {
                rows[r] = unitVector(random);
            }
            builder.add(article, passages, rows);
        }
        Snapshot snapshot = builder.build(Instant.now());
        float[] query = unitVector(random);

        double[] all = snapshot.similarities(query);

        assertThat(all).hasSize(5000);
        List<Double> oneByOne = new ArrayList<>();
        for (int p = 0; p < all.length; p++) {
            oneByOne.add(snapshot.similarity(query, p));
        }
        assertThat(all).containsExactly(oneByOne.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Test
    void should_measure_the_closest_piece_of_a_long_sentence_only_for_the_closest_similarity() throws Exception {
        String body = "A Jersey heifer bred near Ashbourne sold for 8,400 guineas at the spring dairy sale in Derby on "
                + "Tuesday, the best price of the morning, after a long duel between two buyers from Cheshire.";
        Article article = new ArticleParser().parse("heifer.txt", body, "hash");
        List<Passage> passages = Indexer.passagesOf(article, 0);
        Random random = new Random(11);
        int clauses = passages.get(0).clauses().size();
        int contexts = passages.get(0).contexts().size();
        float[][] rows = new float[1 + contexts + clauses][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = unitVector(random);
        }
        Snapshot.Builder builder = new Snapshot.Builder();
        builder.add(article, passages, rows);
        Snapshot snapshot = builder.build(Instant.now());

        // a query that is the last piece's own vector
        float[] query = rows[rows.length - 1];

        assertThat(clauses).isEqualTo(3);
        assertThat(snapshot.closestSimilarity(query, 0)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(snapshot.similarity(query, 0)).isLessThan(0.5);
    }

    private static float[] unitVector(Random random) {
        float[] vector = new float[384];
        double norm = 0;
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
            norm += vector[i] * vector[i];
        }
        for (int i = 0; i < vector.length; i++) {
            vector[i] /= (float) Math.sqrt(norm);
        }
        return vector;
    }
}
