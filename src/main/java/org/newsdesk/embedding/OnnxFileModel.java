package org.newsdesk.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A LangChain4j in-process embedding model read from files, with session options chosen for a small
 * shared machine: at most two threads per inference (a sentence gains little from more, and a busy bot
 * runs several inferences at once), threads that sleep rather than spin while they wait (spinning
 * threads of concurrent inferences starve each other: a third of the throughput with two callers), and
 * no memory arena that keeps the largest batch's buffers for good. BENCHMARKS.md has the measurements.
 */
final class OnnxFileModel extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder encoder;
    private final int dimension;

    private OnnxFileModel(OnnxBertBiEncoder encoder, int dimension) {
        super(null);
        this.encoder = encoder;
        this.dimension = dimension;
    }

    /** @param tokenizer the class-path resource of the tokenizer (small: read from the stream) */
    static OnnxFileModel load(Path model, String tokenizer, PoolingMode pooling, int dimension) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
             InputStream vocabulary = OnnxFileModel.class.getClassLoader().getResourceAsStream(tokenizer)) {
            if (vocabulary == null) {
                throw new IllegalStateException("the tokenizer " + tokenizer + " is not on the class path");
            }
            options.setIntraOpNumThreads(Math.min(2, Runtime.getRuntime().availableProcessors()));
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setCPUArenaAllocator(false);
            OrtSession session = environment.createSession(model.toString(), options);
            return new OnnxFileModel(new OnnxBertBiEncoder(environment, session, vocabulary, pooling), dimension);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + model + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer " + tokenizer, e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return dimension;
    }
}
