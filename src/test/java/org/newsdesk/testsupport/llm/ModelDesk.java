package org.newsdesk.testsupport.llm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Settings;
import org.newsdesk.desk.Desk;
import org.newsdesk.llm.Assistants;
import org.newsdesk.testsupport.TestDesks;

/**
 * A fake OpenAI-compatible model server and a desk over test articles, for tests of the LLM mode.
 * Register it on a field with {@code @RegisterExtension}: before each test the desk is loaded in a
 * temporary folder, after it the server stops and the folder is deleted.
 */
public final class ModelDesk implements BeforeEachCallback, AfterEachCallback {

    private final String[] articles;
    private final FakeOpenAiServer model = new FakeOpenAiServer();
    private Path root;
    private Desk desk;

    private ModelDesk(String[] articles) {
        this.articles = articles.clone();
    }

    /** Over these files of the test knowledge (see {@link TestDesks}). */
    public static ModelDesk over(String... articles) {
        return new ModelDesk(articles);
    }

    public FakeOpenAiServer model() {
        return model;
    }

    public Desk desk() {
        return desk;
    }

    /** The folder holding the knowledge folder and the data folder ({@code data/}). */
    public Path root() {
        return root;
    }

    /** The answerer and summarizer Newsdesk builds for the fake model's settings, with these overrides. */
    public Assistants assistants(String... overrides) {
        try {
            return Assistants.configured(desk, Settings.load(model.environment(overrides)));
        } catch (ConfigurationException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        root = Files.createTempDirectory("newsdesk-model-desk");
        desk = TestDesks.loaded(root, articles);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        model.close();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
