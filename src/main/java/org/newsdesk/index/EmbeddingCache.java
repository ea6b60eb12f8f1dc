package org.newsdesk.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings on disk, one file per article keyed by a hash of exactly what was embedded and by which
 * model, so a restart or reload re-embeds only articles whose passages changed. Nothing read back is
 * trusted: every entry carries its key, model and dimension and a checksum over all of it and the
 * vectors, every length is checked against the file's size before anything is allocated, and the vectors
 * must be finite and non-zero. An entry that fails is {@link Damaged} (the caller embeds it again and
 * says so); a missing one, or one in the format of an older version, is a {@link Miss}.
 *
 * <p>The layout, big-endian: magic {@code NDE2}; key and model id, each a 2-byte length and UTF-8 bytes;
 * rows and dimension, 4 bytes each; the vectors, row after row, 4-byte floats; a CRC32C of everything
 * before it.
 */
public final class EmbeddingCache {

    /** What the cache holds for a key. */
    public sealed interface Entry permits Hit, Miss, Damaged {
    }

    /** Verified vectors, one row per embedded text. */
    public record Hit(float[][] vectors) implements Entry {
    }

    /** Nothing usable was cached: no file, or one an older version wrote. */
    public record Miss() implements Entry {
    }

    /** The file was there but cannot be trusted; {@code reason} says why in a few words. */
    public record Damaged(String reason) implements Entry {
    }

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingCache.class);
    private static final int MAGIC = 0x4E444532; // "NDE2"
    private static final int OLD_MAGIC = 0x4E444531; // "NDE1": no checksum; re-embedded quietly
    private static final String SUFFIX = ".vec";
    /** Far above the 384 of every model Newsdesk runs; bounds what a damaged dimension field can ask for. */
    static final int MAX_DIMENSION = 4_096;
    private static final int MAX_NAME_BYTES = 1_024;

    private final Path folder;

    public EmbeddingCache(Path folder) {
        this.folder = folder;
    }

    /** The entry for {@code key}, embedded by {@code model}, with {@code rows} vectors; checked before it is used. */
    public Entry load(String key, String model, int rows) {
        Path file = folder.resolve(key + SUFFIX);
        try {
            long size = Files.size(file);
            long largest = 4 + 2L * (2 + MAX_NAME_BYTES) + 8 + (long) rows * MAX_DIMENSION * Float.BYTES + 4;
            if (size > largest) {
                return new Damaged("the file is larger than any entry of " + rows + " vectors");
            }
            return read(ByteBuffer.wrap(Files.readAllBytes(file)), key, model, rows);
        } catch (NoSuchFileException e) {
            return new Miss();
        } catch (IOException e) {
            return new Damaged("cannot be read: " + e.getClass().getSimpleName());
        }
    }

    private static Entry read(ByteBuffer bytes, String key, String model, int rows) {
        if (bytes.remaining() < 4) {
            return new Damaged("it is cut short");
        }
        int magic = bytes.getInt();
        if (magic == OLD_MAGIC) {
            return new Miss();
        }
        if (magic != MAGIC) {
            return new Damaged("not an embedding cache file");
        }
        String storedKey = name(bytes);
        String storedModel = name(bytes);
        if (storedKey == null || storedModel == null || bytes.remaining() < 8) {
            return new Damaged("its header is damaged or cut short");
        }
        int storedRows = bytes.getInt();
        int dimension = bytes.getInt();
        long payload = (long) storedRows * dimension * Float.BYTES;
        if (storedRows < 0 || dimension < 1 || dimension > MAX_DIMENSION || payload + 4 != bytes.remaining()) {
            return new Damaged("its size does not match its header");
        }
        int checked = bytes.position() + (int) payload;
        CRC32C crc = new CRC32C();
        crc.update(bytes.duplicate().position(0).limit(checked));
        if ((int) crc.getValue() != bytes.getInt(checked)) {
            return new Damaged("checksum mismatch");
        }
        if (!storedKey.equals(key) || !storedModel.equals(model) || storedRows != rows) {
            return new Damaged("it holds the vectors of another entry");
        }
        float[][] vectors = new float[rows][dimension];
        for (float[] vector : vectors) {
            bytes.asFloatBuffer().get(vector);
            bytes.position(bytes.position() + dimension * Float.BYTES);
        }
        String unusable = unusable(vectors);
        return unusable == null ? new Hit(vectors) : new Damaged(unusable);
    }

    /** A length-prefixed UTF-8 string, or null when the buffer ends first. */
    private static String name(ByteBuffer bytes) {
        if (bytes.remaining() < 2) {
            return null;
        }
        int length = Short.toUnsignedInt(bytes.getShort());
        if (length > MAX_NAME_BYTES || length > bytes.remaining()) {
            return null;
        }
        byte[] name = new byte[length];
        bytes.get(name);
        return new String(name, StandardCharsets.UTF_8);
    }

    /** Why these vectors cannot be used (not finite, or all zero), or null when they can. */
    static String unusable(float[][] vectors) {
        for (float[] vector : vectors) {
            boolean zero = true;
            for (float value : vector) {
                if (!Float.isFinite(value)) {
                    return "vectors hold values that are not numbers";
                }
                zero &= value == 0f;
            }
            if (zero) {
                return "a vector is all zeros";
            }
        }
        return null;
    }

    /** Writes atomically, so a crash never leaves a half-written file behind under the real name. */
    public void store(String key, String model, float[][] vectors) {
        String unusable = unusable(vectors);
        if (unusable != null) {
            LOG.warn("Not caching the embeddings of entry {}: {}", key, unusable);
            return;
        }
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, key, ".tmp");
            try {
                Files.write(temporary, encode(key, model, vectors));
                move(temporary, folder.resolve(key + SUFFIX));
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            LOG.warn("Could not cache embeddings under {} ({}); they will be computed again next time",
                    folder, e.toString());
        }
    }

    private static byte[] encode(String key, String model, float[][] vectors) {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        byte[] modelBytes = model.getBytes(StandardCharsets.UTF_8);
        int dimension = vectors.length == 0 ? 1 : vectors[0].length;
        ByteBuffer out = ByteBuffer.allocate(4 + 2 + keyBytes.length + 2 + modelBytes.length + 8
                + vectors.length * dimension * Float.BYTES + 4);
        out.putInt(MAGIC).putShort((short) keyBytes.length).put(keyBytes).putShort((short) modelBytes.length)
                .put(modelBytes).putInt(vectors.length).putInt(dimension);
        for (float[] vector : vectors) {
            out.asFloatBuffer().put(vector);
            out.position(out.position() + dimension * Float.BYTES);
        }
        CRC32C crc = new CRC32C();
        crc.update(out.array(), 0, out.position());
        out.putInt((int) crc.getValue());
        return out.array();
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes cached files that no current article uses, so the cache does not grow forever, and the
     * temporary files of writes a crash cut short. Called with the data folder's lock held, so no other
     * process is writing meanwhile.
     */
    public void retainOnly(Set<String> keys) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(file -> {
                String name = file.getFileName().toString();
                return name.endsWith(".tmp") || name.endsWith(SUFFIX) && !keys.contains(name.replace(SUFFIX, ""));
            }).forEach(EmbeddingCache::deleteQuietly);
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
