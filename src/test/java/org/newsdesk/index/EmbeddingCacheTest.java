package org.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {

    @TempDir
    Path folder;

    @Test
    void should_give_back_what_was_stored() {
        EmbeddingCache cache = new EmbeddingCache(folder);
        float[][] vectors = {{0.6f, 0.8f}, {1f, 0f}};

        cache.store("key", vectors);

        assertThat(cache.load("key", 2)).hasValueSatisfying(loaded -> assertThat(loaded).isDeepEqualTo(vectors));
    }

    @Test
    void should_treat_a_missing_damaged_or_mismatched_file_as_a_miss() throws Exception {
        EmbeddingCache cache = new EmbeddingCache(folder);
        cache.store("key", new float[][] {{1f, 0f}});
        Files.writeString(folder.resolve("broken.vec"), "not vectors");

        assertThat(cache.load("absent", 1)).isEmpty();
        assertThat(cache.load("broken", 1)).isEmpty();
        assertThat(cache.load("key", 3)).isEmpty();
    }

    @Test
    void should_delete_files_no_article_uses_any_more() {
        EmbeddingCache cache = new EmbeddingCache(folder);
        cache.store("kept", new float[][] {{1f}});
        cache.store("stale", new float[][] {{1f}});

        cache.retainOnly(Set.of("kept"));

        assertThat(cache.load("kept", 1)).isPresent();
        assertThat(cache.load("stale", 1)).isEmpty();
    }
}
