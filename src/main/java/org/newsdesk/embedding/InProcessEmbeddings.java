package org.newsdesk.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The in-process embedding models Newsdesk can run on, all without network.
 *
 * <p>The default is e5-small-v2 (quantized): on the golden set its nearest sentence is the answer for
 * 48 of 58 answerable questions, against 37 for all-MiniLM-L6-v2 (quantized) and 33 (full precision),
 * at about 7 ms per sentence instead of 4 on this machine's two cores (see BENCHMARKS.md).
 */
public enum InProcessEmbeddings {
    /** e5-small-v2, quantized (34 MB); wants "query: " and "passage: " prefixes. */
    E5_SMALL_V2_QUANTIZED("e5-small-v2-q", "query: ", "passage: ", E5SmallV2QuantizedEmbeddingModel::new),
    /** all-MiniLM-L6-v2, full precision (90 MB). */
    MINILM("all-minilm-l6-v2", "", "", AllMiniLmL6V2EmbeddingModel::new),
    /** all-MiniLM-L6-v2, quantized (23 MB). */
    MINILM_QUANTIZED("all-minilm-l6-v2-q", "", "", AllMiniLmL6V2QuantizedEmbeddingModel::new);

    public static final InProcessEmbeddings DEFAULT = E5_SMALL_V2_QUANTIZED;

    private final String id;
    private final String queryPrefix;
    private final String passagePrefix;
    private final Supplier<EmbeddingModel> constructor;

    InProcessEmbeddings(String id, String queryPrefix, String passagePrefix, Supplier<EmbeddingModel> constructor) {
        this.id = id;
        this.queryPrefix = queryPrefix;
        this.passagePrefix = passagePrefix;
        this.constructor = constructor;
    }

    public String id() {
        return id;
    }

    public static InProcessEmbeddings byId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT).strip();
        return Arrays.stream(values()).filter(model -> model.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown embedding model '" + id + "' (known: "
                        + Arrays.stream(values()).map(InProcessEmbeddings::id).collect(Collectors.joining(", ")) + ")"));
    }

    /** Loads the model: about a second, and the model's size in memory. */
    public InProcessEmbedder load() {
        preventNetworkAccess();
        return new InProcessEmbedder(id, constructor.get(), queryPrefix, passagePrefix);
    }

    /**
     * DJL, which loads the tokenizer, reports usage and probes a cloud metadata address unless told
     * not to; it must be told before its classes load. Newsdesk runs with no network.
     */
    public static void preventNetworkAccess() {
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.offline", "true");
    }
}
