package org.newsdesk.embedding;

import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.newsdesk.config.Schema;
import org.newsdesk.config.Settings;
import org.newsdesk.index.Embedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process embedding models Newsdesk can run on, all without network. Each is the ONNX model
 * and tokenizer that LangChain4j's embeddings artifact bundles, read from a file (see {@link ModelFiles})
 * rather than through the artifact's class, which reads the model into the heap first.
 *
 * <p>The default is e5-small-v2 (quantized): on the golden set its nearest sentence is the answer for
 * 48 of 58 answerable questions, against 37 for all-MiniLM-L6-v2 (quantized) and 33 (full precision);
 * see BENCHMARKS.md for its cost and the answers each model gives. The full-precision all-MiniLM-L6-v2
 * (90 MB) answers no better than its quantized form and ships only in the bench jar, for the tutorial
 * pipeline the bench compares against.
 */
public enum InProcessEmbeddings {
    /** e5-small-v2, quantized (34 MB); wants "query: " and "passage: " prefixes. */
    E5_SMALL_V2_QUANTIZED("e5-small-v2-q", "query: ", "passage: ", "e5-small-v2-q", "e5-small-v2-q"),
    /**
     * all-MiniLM-L6-v2, quantized (23 MB). Its tokenizer is e5's: both files hold BERT's uncased WordPiece
     * vocabulary and rules and differ only in their padding and truncation settings, so the jar carries one
     * of the two (208 KB compressed). Padding LangChain4j's encoder turns off; the truncation of MiniLM's
     * file cut a sentence at 128 word pieces (about 90 words), which e5's does not: such a sentence is now
     * read whole, as e5 reads it ({@code InProcessEmbeddingsTest} checks the vectors are the artifact's
     * up to that length).
     */
    MINILM_QUANTIZED("all-minilm-l6-v2-q", "", "", "all-minilm-l6-v2-q", "e5-small-v2-q");

    public static final InProcessEmbeddings DEFAULT = E5_SMALL_V2_QUANTIZED;

    private static final Logger LOG = LoggerFactory.getLogger(InProcessEmbeddings.class);

    /** All are BERT-style encoders of 384 dimensions, mean-pooled. */
    private static final int DIMENSION = 384;

    private final String id;
    private final String queryPrefix;
    private final String passagePrefix;
    /** The name the LangChain4j artifact gives its model file: {@code NAME.onnx}. */
    private final String files;
    /** The tokenizer read with it, by the name of its artifact: {@code NAME-tokenizer.json}. */
    private final String tokenizer;

    InProcessEmbeddings(String id, String queryPrefix, String passagePrefix, String files, String tokenizer) {
        this.id = id;
        this.queryPrefix = queryPrefix;
        this.passagePrefix = passagePrefix;
        this.files = files;
        this.tokenizer = tokenizer;
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

    /** The model the settings choose (the schema allows only these ids). */
    public static InProcessEmbeddings configured(Settings settings) {
        return byId(settings.get(Schema.EMBEDDING_MODEL).orElseThrow());
    }

    /** Loads the model now: about a second, and the model's size in native memory. */
    public InProcessEmbedder load() {
        preventNetworkAccess();
        NativeLibraries.preferCachedCopy(ModelFiles.userCache());
        OnnxFileModel model = OnnxFileModel.load(modelFile(), tokenizer + "-tokenizer.json", PoolingMode.MEAN, DIMENSION);
        return new InProcessEmbedder(id, model, queryPrefix, passagePrefix);
    }

    /** The model file in the user's cache, or in a temporary folder when the cache cannot be written. */
    private Path modelFile() {
        String resource = files + ".onnx";
        try {
            return ModelFiles.inUserCache().file(resource);
        } catch (UncheckedIOException e) {
            LOG.warn("Cannot keep the model in the user's cache ({}); copying it to a temporary folder",
                    e.getCause().toString());
            try {
                Path folder = Files.createTempDirectory("newsdesk-models");
                Path file = new ModelFiles(folder).file(resource);
                file.toFile().deleteOnExit();
                folder.toFile().deleteOnExit();
                return file;
            } catch (IOException again) {
                throw new UncheckedIOException("cannot copy the embedding model anywhere", again);
            }
        }
    }

    /** Starts loading the model on a thread of its own and returns at once; the first use waits for it. */
    public Embedder loadInBackground() {
        preventNetworkAccess();
        return new BackgroundEmbedder(id, this::load);
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
