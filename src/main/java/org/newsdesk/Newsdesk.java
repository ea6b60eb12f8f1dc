package org.newsdesk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Mode;
import org.newsdesk.desk.Desk;
import org.newsdesk.cli.NewsdeskCommand;
import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Schema;
import org.newsdesk.config.Settings;
import org.newsdesk.embedding.InProcessEmbeddings;
import org.newsdesk.facts.Summarizer;
import org.newsdesk.index.Progress;
import org.newsdesk.index.ReloadReport;
import org.newsdesk.llm.LlmMode;
import org.newsdesk.llm.LlmSettings;
import org.newsdesk.logging.LogSetup;
import org.newsdesk.store.FileStore;
import org.newsdesk.store.Store;

/**
 * Entry point and composition root: the one place that reads settings and decides which parts to
 * build. Commands ask it for a loaded {@link Desk} and the answerer and summarizer the settings call for.
 */
public final class Newsdesk {

    private Newsdesk() {
    }

    public static void main(String[] args) {
        InProcessEmbeddings.preventNetworkAccess();
        System.exit(NewsdeskCommand.run(args, System.in, System.out, System.err, System.getenv()));
    }

    /**
     * Checks, before any work, what can be checked of the settings beyond each value's type (a model
     * provider needs a model name), and applies the logging settings.
     */
    public static void prepare(Settings settings) throws ConfigurationException {
        LlmSettings.from(settings);
        LogSetup.apply(settings.get(Schema.LOG_LEVEL).orElseThrow(), "json".equals(settings.get(Schema.LOG_FORMAT)
                .orElseThrow()));
    }

    /** A loaded desk: the embedding model, the templates and the knowledge folder, with its load report. */
    public record Loaded(Desk desk, ReloadReport report) {
    }

    public static Loaded openDesk(Path knowledge, Path prompts, Path data, Settings settings, Progress progress)
            throws ConfigurationException {
        return openDesk(knowledge, prompts, data, settings, progress, Monitoring.OFF);
    }

    /** A loaded desk that reports its reloads and its knowledge to {@code monitoring}. */
    public static Loaded openDesk(Path knowledge, Path prompts, Path data, Settings settings, Progress progress,
                                  Monitoring monitoring) throws ConfigurationException {
        if (!Files.isDirectory(knowledge)) {
            throw new ConfigurationException("the knowledge folder " + knowledge.toAbsolutePath()
                    + " does not exist; create it or pass --knowledge DIR");
        }
        Desk desk = Desk.open(knowledge, prompts, data, embeddings(settings).loadInBackground(),
                monitoring.observer());
        monitoring.watch(desk);
        return new Loaded(desk, desk.reload(progress));
    }

    /** The embedding model the settings name; the schema allows only the ids of {@link InProcessEmbeddings}. */
    public static InProcessEmbeddings embeddings(Settings settings) {
        return InProcessEmbeddings.byId(settings.get(Schema.EMBEDDING_MODEL).orElseThrow());
    }

    /** Where what outlives a message is kept: files under the data folder. */
    public static Store store(Path data) {
        return FileStore.open(data, Clock.systemUTC());
    }

    /** What answers readers and sums up the coverage for them, chosen together so they share one model. */
    public record Assistants(Answerer answerer, Summarizer summarizer) {
    }

    /** The answerer and summarizer the settings ask for: extractive unless a language model is configured. */
    public static Assistants assistants(Desk desk, Settings settings) throws ConfigurationException {
        return assistants(desk, settings, Monitoring.OFF);
    }

    /** The answerer and summarizer, with answers and model calls reported to {@code monitoring}. */
    public static Assistants assistants(Desk desk, Settings settings, Monitoring monitoring)
            throws ConfigurationException {
        Optional<LlmSettings> model = LlmSettings.from(settings);
        if (model.isEmpty()) {
            return new Assistants(monitoring.metered(desk.extractive(), Mode.EXTRACTIVE), desk.extractiveSummarizer());
        }
        LlmMode llm = LlmMode.connect(desk, model.get(), monitoring.observer());
        return new Assistants(monitoring.metered(llm.answerer(), Mode.LLM), llm.summarizer());
    }

    /** The answerer the settings ask for, for commands that only answer. */
    public static Answerer answerer(Desk desk, Settings settings) throws ConfigurationException {
        return assistants(desk, settings).answerer();
    }
}
