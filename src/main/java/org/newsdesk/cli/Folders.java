package org.newsdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Settings;
import org.newsdesk.desk.Desk;
import org.newsdesk.embedding.InProcessEmbeddings;
import picocli.CommandLine.Option;

/** The folder options every command shares. */
public final class Folders {

    @Option(names = "--knowledge", paramLabel = "DIR", defaultValue = "knowledge",
            description = "Folder of articles (default: ${DEFAULT-VALUE}).")
    Path knowledge;

    @Option(names = "--prompts", paramLabel = "DIR", defaultValue = "prompts",
            description = "Folder of prompt and reply templates (default: ${DEFAULT-VALUE}).")
    Path prompts;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Folder for the index cache and conversation memory (default: ${DEFAULT-VALUE}).")
    Path data;

    /** The desk over these folders and the command's settings, loaded, with indexing progress on standard error. */
    LoadedDesk open(Context context) throws ConfigurationException {
        return open(context, Monitoring.OFF);
    }

    /** The desk, loaded, reporting its reloads and the knowledge in use to {@code monitoring}. */
    LoadedDesk open(Context context, Monitoring monitoring) throws ConfigurationException {
        Settings settings = context.settings();
        if (!Files.isDirectory(knowledge)) {
            throw new ConfigurationException("the knowledge folder " + knowledge.toAbsolutePath()
                    + " does not exist; create it or pass --knowledge DIR");
        }
        Desk desk = Desk.open(knowledge, prompts, data, InProcessEmbeddings.configured(settings).loadInBackground(),
                monitoring.observer());
        monitoring.watch(desk);
        return new LoadedDesk(desk, desk.reload(new ConsoleProgress(context.err())), settings, monitoring);
    }

    public Path knowledge() {
        return knowledge;
    }

    public Path prompts() {
        return prompts;
    }

    public Path data() {
        return data;
    }
}
