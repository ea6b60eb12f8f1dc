package org.newsdesk.embedding;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.newsdesk.index.Embedder;

/**
 * An embedding model that loads on a thread of its own, so that start-up reads the knowledge folder
 * and the cached embeddings meanwhile: with a warm index the model is not needed until the first
 * question. Whatever needs it first waits for it; a failure to load is thrown there.
 */
final class BackgroundEmbedder implements Embedder {

    private final String id;
    private final CompletableFuture<Embedder> model = new CompletableFuture<>();

    BackgroundEmbedder(String id, Supplier<Embedder> loader) {
        this.id = id;
        Thread thread = new Thread(() -> {
            try {
                model.complete(loader.get());
            } catch (RuntimeException | Error e) {
                model.completeExceptionally(e);
            }
        }, "embedding-model-loader");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public float[] embedQuery(String text) {
        return loaded().embedQuery(text);
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        return loaded().embedPassages(texts);
    }

    private Embedder loaded() {
        try {
            return model.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the embedding model " + id + " could not be loaded: "
                    + e.getCause().getMessage(), e.getCause());
        }
    }
}
