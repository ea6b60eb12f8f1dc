package org.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {

    private static final String MODEL = "e5-small-v2-q";
    private static final float[][] VECTORS = {{0.6f, 0.8f, 0f}, {1f, 0f, 0f}};

    @TempDir
    Path folder;

    private EmbeddingCache cache() {
        return new EmbeddingCache(folder);
    }

    @Test
    void should_give_back_what_was_stored() {
        // given
        cache().store("key", MODEL, VECTORS);

        // when
        EmbeddingCache.Entry entry = cache().load("key", MODEL, 2);

        // then
        assertThat(entry).isInstanceOfSatisfying(EmbeddingCache.Hit.class,
                hit -> assertThat(hit.vectors()).isDeepEqualTo(VECTORS));
    }

    @Test
    void should_treat_a_missing_file_or_one_of_the_old_format_as_a_miss() throws Exception {
        // given a file as the previous version wrote it: magic, rows, dimension, floats, no checksum
        Files.write(folder.resolve("old.vec"), ByteBuffer.allocate(12 + 4).putInt(0x4E444531).putInt(1).putInt(1)
                .putFloat(1f).array());

        // then
        assertThat(cache().load("absent", MODEL, 1)).isInstanceOf(EmbeddingCache.Miss.class);
        assertThat(cache().load("old", MODEL, 1)).isInstanceOf(EmbeddingCache.Miss.class);
    }

    @Test
    void should_detect_vectors_set_to_nan_or_zero_behind_an_intact_header() throws Exception {
        // given
        cache().store("nan", MODEL, VECTORS);
        cache().store("zero", MODEL, VECTORS);
        overwriteVectors("nan", (byte) 0xFF);
        overwriteVectors("zero", (byte) 0);

        // then
        assertThat(damage("nan")).isEqualTo("checksum mismatch");
        assertThat(damage("zero")).isEqualTo("checksum mismatch");
    }

    @Test
    void should_refuse_to_store_vectors_that_are_not_numbers_or_all_zero() {
        // when
        cache().store("nan", MODEL, new float[][] {{Float.NaN, 1f}});
        cache().store("zero", MODEL, new float[][] {{0f, 0f}});

        // then
        assertThat(cache().load("nan", MODEL, 1)).isInstanceOf(EmbeddingCache.Miss.class);
        assertThat(cache().load("zero", MODEL, 1)).isInstanceOf(EmbeddingCache.Miss.class);
        assertThat(EmbeddingCache.unusable(new float[][] {{1f}, {Float.POSITIVE_INFINITY}}))
                .isEqualTo("vectors hold values that are not numbers");
        assertThat(EmbeddingCache.unusable(new float[][] {{1f}, {0f}})).isEqualTo("a vector is all zeros");
    }

    @Test
    void should_detect_a_damaged_dimension_without_allocating_what_it_asks_for() throws Exception {
        // given a dimension field that asks for two billion floats per vector, and one that asks for 3
        cache().store("huge", MODEL, VECTORS);
        cache().store("small", MODEL, VECTORS);
        setDimension("huge", Integer.MAX_VALUE);
        setDimension("small", 1);

        // then
        assertThat(damage("huge")).isEqualTo("its size does not match its header");
        assertThat(damage("small")).isEqualTo("its size does not match its header");
    }

    @Test
    void should_detect_a_cut_short_file_and_another_entry_under_this_name() throws Exception {
        // given
        cache().store("cut", MODEL, VECTORS);
        cache().store("mine", MODEL, VECTORS);
        cache().store("theirs", MODEL, new float[][] {{0f, 1f, 0f}, {0f, 0f, 1f}});
        byte[] whole = Files.readAllBytes(folder.resolve("cut.vec"));
        Files.write(folder.resolve("cut.vec"), java.util.Arrays.copyOf(whole, whole.length - 10));
        Files.copy(folder.resolve("theirs.vec"), folder.resolve("mine.vec"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(folder.resolve("text.vec"), "not vectors at all");

        // then
        assertThat(damage("cut")).isEqualTo("its size does not match its header");
        assertThat(damage("mine")).isEqualTo("it holds the vectors of another entry");
        assertThat(damage("text")).isEqualTo("not an embedding cache file");
        assertThat(cache().load("mine", "another-model", 2)).isInstanceOf(EmbeddingCache.Damaged.class);
    }

    @Test
    void should_delete_files_no_article_uses_any_more_and_temporary_files_left_by_a_crash() throws Exception {
        // given
        cache().store("kept", MODEL, new float[][] {{1f}});
        cache().store("stale", MODEL, new float[][] {{1f}});
        Files.writeString(folder.resolve("kept123.tmp"), "half a write");

        // when
        cache().retainOnly(Set.of("kept"));

        // then
        assertThat(cache().load("kept", MODEL, 1)).isInstanceOf(EmbeddingCache.Hit.class);
        assertThat(cache().load("stale", MODEL, 1)).isInstanceOf(EmbeddingCache.Miss.class);
        assertThat(folder.resolve("kept123.tmp")).doesNotExist();
    }

    private String damage(String key) {
        EmbeddingCache.Entry entry = cache().load(key, MODEL, 2);
        assertThat(entry).isInstanceOf(EmbeddingCache.Damaged.class);
        return ((EmbeddingCache.Damaged) entry).reason();
    }

    /** Overwrites the vectors, which come after the header and before the 4-byte checksum. */
    private void overwriteVectors(String key, byte value) throws Exception {
        byte[] bytes = Files.readAllBytes(folder.resolve(key + ".vec"));
        int vectors = VECTORS.length * VECTORS[0].length * Float.BYTES;
        java.util.Arrays.fill(bytes, bytes.length - 4 - vectors, bytes.length - 4, value);
        Files.write(folder.resolve(key + ".vec"), bytes);
    }

    /** The dimension is the 4 bytes before the vectors. */
    private void setDimension(String key, int dimension) throws Exception {
        byte[] bytes = Files.readAllBytes(folder.resolve(key + ".vec"));
        int vectors = VECTORS.length * VECTORS[0].length * Float.BYTES;
        ByteBuffer.wrap(bytes).putInt(bytes.length - 4 - vectors - 4, dimension);
        Files.write(folder.resolve(key + ".vec"), bytes);
    }
}
