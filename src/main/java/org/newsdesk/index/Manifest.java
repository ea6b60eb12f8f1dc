package org.newsdesk.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The documents of the last successful load and their content hashes, kept in the data folder so a
 * new process reports what changed since the previous run, not everything as added.
 */
final class Manifest {

    private static final Logger LOG = LoggerFactory.getLogger(Manifest.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    Manifest(Path file) {
        this.file = file;
    }

    /** Document name to content hash; empty when there is no manifest or it cannot be read. */
    Map<String, String> read() {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return JSON.readValue(file.toFile(), new TypeReference<TreeMap<String, String>>() { });
        } catch (IOException e) {
            LOG.warn("Ignoring unreadable index manifest {}: {}", file, e.getMessage());
            return Map.of();
        }
    }

    void write(Map<String, String> hashes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), new TreeMap<>(hashes));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not write the index manifest {}: {}", file, e.getMessage());
        }
    }
}
