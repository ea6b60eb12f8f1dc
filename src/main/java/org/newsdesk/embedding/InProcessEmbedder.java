package org.newsdesk.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.index.Embedder;

/** An in-process LangChain4j embedding model with the query and passage prefixes it was trained with. */
public record InProcessEmbedder(String id, EmbeddingModel model, String queryPrefix,
        String passagePrefix) implements Embedder {

    @Override
    public String id() {
        return id;
    }

    @Override
    public float[] embedQuery(String text) {
        return unit(model.embed(queryPrefix + text).content().vector());
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(text -> TextSegment.from(passagePrefix + text)).toList();
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (Embedding embedding : model.embedAll(segments).content()) {
            vectors.add(unit(embedding.vector()));
        }
        return vectors;
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return vector;
        }
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }
}
