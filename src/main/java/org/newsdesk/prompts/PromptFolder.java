package org.newsdesk.prompts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where {@link Messages} and {@link Prompts} read their files: a prompts folder, which need not exist or
 * hold every file, over the copies bundled in the jar under {@code /prompts/}.
 *
 * @param folder the prompts folder, or null for the jar's copies only
 */
record PromptFolder(Path folder) {

    static final PromptFolder BUNDLED_ONLY = new PromptFolder(null);

    /** The file as the folder holds it ({@code name} relative to the folder); empty if it holds none. */
    Optional<String> edited(String name) {
        if (folder == null || !Files.isRegularFile(folder.resolve(name))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(folder.resolve(name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder.resolve(name), e);
        }
    }

    /** The copy of the file bundled in the jar; empty if there is none. */
    static Optional<String> bundled(String name) {
        try (InputStream in = PromptFolder.class.getResourceAsStream("/prompts/" + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + name, e);
        }
    }

    /** Where the folder's copy of a file is, to name it in a log line. */
    Path file(String name) {
        return folder.resolve(name);
    }
}
