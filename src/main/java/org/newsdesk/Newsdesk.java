package org.newsdesk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.newsdesk.answer.Answerer;
import org.newsdesk.desk.Desk;
import org.newsdesk.cli.NewsdeskCommand;
import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Settings;
import org.newsdesk.embedding.InProcessEmbeddings;
import org.newsdesk.facts.Summarizer;
import org.newsdesk.index.Progress;
import org.newsdesk.index.ReloadReport;
import org.newsdesk.llm.LlmMode;
import org.newsdesk.llm.LlmSettings;

/**
 * Entry point and composition root: the one place that reads settings and decides which parts to
 * build. Commands ask it for a loaded {@link Desk} and the answerer and summarizer the settings call for.
 */
public final class Newsdesk {

    /** Which in-process embedding model to use, by id. */
    public static final String EMBEDDING_MODEL = "NEWSDESK_EMBEDDING_MODEL";

    private Newsdesk() {
    }

    public static void main(String[] args) {
        InProcessEmbeddings.preventNetworkAccess();
        System.exit(NewsdeskCommand.run(args, System.in, System.out, System.err, System.getenv()));
    }

    /** A loaded desk: the embedding model, the templates and the knowledge folder, with its load report. */
    public record Loaded(Desk desk, ReloadReport report) {
    }

    /** Checks the settings first, so a configuration error is reported before any file is read or embedded. */
    public static Loaded openDesk(Path knowledge, Path prompts, Path data, Settings settings, Progress progress)
            throws ConfigurationException {
        LlmSettings.from(settings);
        InProcessEmbeddings model = embeddings(settings);
        if (!Files.isDirectory(knowledge)) {
            throw new ConfigurationException("the knowledge folder " + knowledge.toAbsolutePath()
                    + " does not exist; create it or pass --knowledge DIR");
        }
        Desk desk = Desk.open(knowledge, prompts, data, model.loadInBackground());
        return new Loaded(desk, desk.reload(progress));
    }

    public static InProcessEmbeddings embeddings(Settings settings) throws ConfigurationException {
        try {
            return settings.get(EMBEDDING_MODEL).map(InProcessEmbeddings::byId).orElse(InProcessEmbeddings.DEFAULT);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(EMBEDDING_MODEL + ": " + e.getMessage());
        }
    }

    /** What answers readers and sums up the coverage for them, chosen together so they share one model. */
    public record Assistants(Answerer answerer, Summarizer summarizer) {
    }

    /** The answerer and summarizer the settings ask for: extractive unless a language model is configured. */
    public static Assistants assistants(Desk desk, Settings settings) throws ConfigurationException {
        Optional<LlmSettings> model = LlmSettings.from(settings);
        if (model.isEmpty()) {
            return new Assistants(desk.extractive(), desk.extractiveSummarizer());
        }
        LlmMode llm = LlmMode.connect(desk, model.get());
        return new Assistants(llm.answerer(), llm.summarizer());
    }

    /** The answerer the settings ask for, for commands that only answer. */
    public static Answerer answerer(Desk desk, Settings settings) throws ConfigurationException {
        return assistants(desk, settings).answerer();
    }
}
