package org.newsdesk.testsupport;

import org.newsdesk.embedding.InProcessEmbeddings;
import org.newsdesk.index.Embedder;

/** The real in-process embedding model, loaded once per test JVM (loading takes over a second). */
public final class SharedModel {

    private static Embedder embedder;

    private SharedModel() {
    }

    public static synchronized Embedder get() {
        if (embedder == null) {
            embedder = InProcessEmbeddings.DEFAULT.load();
        }
        return embedder;
    }
}
