package org.newsdesk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.newsdesk.Monitoring;
import org.newsdesk.Newsdesk;
import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Settings;
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

    /** The desk over these folders, loaded, with indexing progress on {@code err}. */
    Newsdesk.Loaded open(Settings settings, PrintStream err) throws ConfigurationException {
        return open(settings, err, Monitoring.OFF);
    }

    /** The desk, loaded, reporting its reloads and knowledge to {@code monitoring}. */
    Newsdesk.Loaded open(Settings settings, PrintStream err, Monitoring monitoring) throws ConfigurationException {
        return Newsdesk.openDesk(knowledge, prompts, data, settings, new ConsoleProgress(err), monitoring);
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
