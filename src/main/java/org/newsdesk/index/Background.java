package org.newsdesk.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Ordinary news sentences on every kind of subject, from no article (the resource {@code index/background.txt}):
 * a question's similarity to them is what any sentence of news scores against it, the level from which
 * a passage must rise to stand out, whatever the knowledge folder holds.
 */
final class Background {

    private static final String RESOURCE = "/index/background.txt";
    private static final List<String> SENTENCES = read();

    private Background() {
    }

    static List<String> sentences() {
        return SENTENCES;
    }

    private static List<String> read() {
        try (InputStream in = Background.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
