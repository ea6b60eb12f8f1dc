package org.newsdesk.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.newsdesk.index.Embedder;

class BackgroundEmbedderTest {

    @Test
    void should_know_its_id_at_once_and_embed_once_the_model_has_loaded() throws Exception {
        // given a model that loads only when let
        CountDownLatch loading = new CountDownLatch(1);
        Embedder embedder = new BackgroundEmbedder("fake", () -> {
            await(loading);
            return new FixedEmbedder();
        });

        // when
        String id = embedder.id();
        loading.countDown();

        // then
        assertThat(id).isEqualTo("fake");
        assertThat(embedder.embedQuery("anything")).containsExactly(1f, 0f);
        assertThat(embedder.embedPassages(List.of("a", "b"))).hasSize(2);
    }

    @Test
    void should_report_a_model_that_failed_to_load_where_it_is_first_needed() {
        Embedder embedder = new BackgroundEmbedder("broken", () -> {
            throw new IllegalStateException("model file damaged");
        });

        assertThatThrownBy(() -> embedder.embedQuery("anything"))
                .hasMessageContaining("broken").hasMessageContaining("model file damaged");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every text is the same unit vector. */
    private static final class FixedEmbedder implements Embedder {
        @Override
        public String id() {
            return "fixed";
        }

        @Override
        public float[] embedQuery(String text) {
            return new float[] {1f, 0f};
        }

        @Override
        public List<float[]> embedPassages(List<String> texts) {
            return texts.stream().map(this::embedQuery).toList();
        }
    }
}
