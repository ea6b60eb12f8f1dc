package org.newsdesk.prompts;

import dev.langchain4j.model.input.PromptTemplate;
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

    private final PromptFolder folder;
    private final Map<String, String> loaded = new HashMap<>();

    private Prompts(PromptFolder folder) {
        this.folder = folder;
    }

    /** Templates from a folder, which need not exist. Each is read once, on first use. */
    public static Prompts from(Path folder) {
        return new Prompts(new PromptFolder(folder));
    }

    /** Only the templates bundled in the jar. */
    public static Prompts bundled() {
        return new Prompts(PromptFolder.BUNDLED_ONLY);
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
        String file = name + ".txt";
        return strip(folder.edited(file).or(() -> PromptFolder.bundled(file))
                .orElseThrow(() -> new IllegalArgumentException("no template named " + name)));
    }

    /** Drops the one trailing newline editors add, keeping any deliberate blank lines inside. */
    private static String strip(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
