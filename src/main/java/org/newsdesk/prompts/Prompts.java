package org.newsdesk.prompts;

import dev.langchain4j.model.input.PromptTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The templates for a language model by name ({@code llm/answer} is {@code prompts/llm/answer.txt}), with
 * {@code {{placeholder}}} substitution; texts readers see are {@link Messages}. A template missing from
 * the folder falls back to the copy bundled in the jar, so a partial prompts folder still works; a name
 * known to neither is an error.
 */
public final class Prompts {

    private static final String BUNDLED = "/prompts/";

    private final Path folder;
    private final Map<String, String> loaded = new HashMap<>();

    private Prompts(Path folder) {
        this.folder = folder;
    }

    /** Templates from a folder, which need not exist. Each is read once, on first use. */
    public static Prompts from(Path folder) {
        return new Prompts(folder);
    }

    /** Only the templates bundled in the jar. */
    public static Prompts bundled() {
        return new Prompts(null);
    }

    /** The same folder read afresh, for a reload. */
    public Prompts reloaded() {
        return new Prompts(folder);
    }

    public synchronized String text(String name) {
        return loaded.computeIfAbsent(name, this::read);
    }

    /** The template with its {@code {{name}}} placeholders filled, by LangChain4j's {@link PromptTemplate}. */
    public String render(String name, Map<String, ?> values) {
        @SuppressWarnings("unchecked")
        Map<String, Object> variables = (Map<String, Object>) values;
        return PromptTemplate.from(text(name)).apply(variables).text();
    }

    private String read(String name) {
        if (!name.matches("[a-z0-9-]+(/[a-z0-9-]+)*")) {
            throw new IllegalArgumentException("not a template name: " + name);
        }
        try {
            if (folder != null) {
                Path file = folder.resolve(name + ".txt");
                if (Files.isRegularFile(file)) {
                    return strip(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
            try (InputStream in = Prompts.class.getResourceAsStream(BUNDLED + name + ".txt")) {
                if (in == null) {
                    throw new IllegalArgumentException("no template named " + name);
                }
                return strip(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + name, e);
        }
    }

    /** Drops the one trailing newline editors add, keeping any deliberate blank lines inside. */
    private static String strip(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
