package org.newsdesk.index;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings on disk, one file per article keyed by a hash of exactly what was embedded and by which
 * model, so a restart or reload re-embeds only articles whose passages changed. A damaged or missing
 * file is a cache miss, never an error.
 */
public final class EmbeddingCache {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingCache.class);
    private static final int MAGIC = 0x4E444531; // "NDE1"
    private static final String SUFFIX = ".vec";

    private final Path folder;

    public EmbeddingCache(Path folder) {
        this.folder = folder;
    }

    public Optional<float[][]> load(String key, int rows) {
        Path file = folder.resolve(key + SUFFIX);
        try (InputStream in = Files.newInputStream(file);
             DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in))) {
            if (data.readInt() != MAGIC || data.readInt() != rows) {
                return Optional.empty();
            }
            int dimension = data.readInt();
            float[][] vectors = new float[rows][dimension];
            for (float[] vector : vectors) {
                for (int i = 0; i < dimension; i++) {
                    vector[i] = data.readFloat();
                }
            }
            return Optional.of(vectors);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("Ignoring unreadable embedding cache file {}: {}", file.getFileName(), e.toString());
            return Optional.empty();
        }
    }

    /** Writes atomically, so a crash never leaves a half-written file behind under the real name. */
    public void store(String key, float[][] vectors) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, key, ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary);
                 DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(out))) {
                data.writeInt(MAGIC);
                data.writeInt(vectors.length);
                data.writeInt(vectors.length == 0 ? 0 : vectors[0].length);
                for (float[] vector : vectors) {
                    for (float value : vector) {
                        data.writeFloat(value);
                    }
                }
            }
            try {
                Files.move(temporary, folder.resolve(key + SUFFIX), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, folder.resolve(key + SUFFIX), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("Could not cache embeddings under {} ({}); they will be computed again next time",
                    folder, e.toString());
        }
    }

    /** Deletes cached files that no current article uses, so the cache does not grow forever. */
    public void retainOnly(Set<String> keys) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(file -> file.getFileName().toString().endsWith(SUFFIX))
                    .filter(file -> !keys.contains(file.getFileName().toString().replace(SUFFIX, "")))
                    .forEach(EmbeddingCache::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("Could not prune the embedding cache under {}: {}", folder, e.toString());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Could not delete stale cache file {}", file, e);
        }
    }
}
