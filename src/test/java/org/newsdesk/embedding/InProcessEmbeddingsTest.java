package org.newsdesk.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.index.SimilarityScale;

class InProcessEmbeddingsTest {

    @Test
    void should_give_minilm_the_vectors_of_its_own_artifact_though_it_reads_e5s_tokenizer() {
        // given: MiniLM as Newsdesk loads it (with e5's tokenizer file), and as its LangChain4j artifact does
        InProcessEmbedder ours = InProcessEmbeddings.MINILM_QUANTIZED.load();
        AllMiniLmL6V2QuantizedEmbeddingModel artifact = new AllMiniLmL6V2QuantizedEmbeddingModel();
        // (up to 128 word pieces: the artifact's tokenizer file cuts a longer text there, e5's reads it whole)
        String longSentence = "The council said ".repeat(25) + "the bridge would close.";
        List<String> texts = List.of("Eight children were returned to Ukraine on Friday.",
                "Hailstones as large as golf balls damaged 1,100 homes in Drenovec — naïve café owners said so.",
                longSentence);

        // when / then: the same vectors, for short text, accents and dashes, and a long sentence
        List<float[]> vectors = ours.embedPassages(texts);
        for (int i = 0; i < texts.size(); i++) {
            float[] expected = unit(artifact.embed(texts.get(i)).content().vector());
            float[] actual = vectors.get(i);
            assertThat(actual).hasSameSizeAs(expected);
            for (int d = 0; d < expected.length; d++) {
                assertThat(actual[d]).as("text %d, dimension %d", i, d).isCloseTo(expected[d], within(1e-5f));
            }
        }
    }

    @Test
    void should_give_each_model_its_own_similarity_lines() {
        // the lines are keyed by the model's id, spelt again in SimilarityScale: a model added without its
        // own would silently take e5's, on a scale where they mean something else
        assertThat(Arrays.stream(InProcessEmbeddings.values()).map(model -> SimilarityScale.of(model.id())).distinct())
                .hasSize(InProcessEmbeddings.values().length);
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / Math.sqrt(norm));
        }
        return unit;
    }
}
