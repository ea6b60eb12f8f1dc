package org.newsdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Settings;
import org.newsdesk.desk.Desk;
import org.newsdesk.embedding.InProcessEmbeddings;
import org.newsdesk.text.Printable;
import picocli.CommandLine.Option;

/** The folder options every command shares. */
public final class Folders {

    @Option(names = "--knowledge", paramLabel = "DIR", defaultValue = "knowledge",
            description = "Folder of articles (default: ${DEFAULT-VALUE}).")
    Path knowledge;

    /** Used when {@code --prompts} is not given; when it does not exist either, the texts bundled in the jar are. */
    static final Path DEFAULT_PROMPTS = Path.of("prompts");

    /** Null when not given: a folder named on the command line must exist, the default need not. */
    @Option(names = "--prompts", paramLabel = "DIR",
            description = "Folder of prompt and reply templates (default: prompts, else the texts bundled in the jar).")
    Path prompts;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Folder for the index cache and conversation memory (default: ${DEFAULT-VALUE}).")
    Path data;

    /**
     * Takes the folders given before a command's name ("newsdesk --knowledge news index") into the command,
     * each one the command does not name itself: picocli gives them to {@code newsdesk} alone, and the
     * command would otherwise run on its defaults, on another folder than the one the reader named.
     */
    void inherit(Folders before, Predicate<String> givenBeforeOnly) {
        if (givenBeforeOnly.test("--knowledge")) {
            knowledge = before.knowledge;
        }
        if (givenBeforeOnly.test("--prompts")) {
            prompts = before.prompts;
        }
        if (givenBeforeOnly.test("--data")) {
            data = before.data;
        }
    }

    /** The desk over these folders and the command's settings, loaded, with indexing progress on standard error. */
    LoadedDesk open(Context context) throws ConfigurationException {
        return open(context, Monitoring.OFF);
    }

    /**
     * The desk, loaded, reporting its reloads and the knowledge in use to {@code monitoring}. The folders
     * are checked first: the knowledge must exist, a named prompts folder too, and the data folder must be
     * writable.
     */
    LoadedDesk open(Context context, Monitoring monitoring) throws ConfigurationException {
        Settings settings = context.settings();
        if (!Files.isDirectory(knowledge)) {
            throw new ConfigurationException("the knowledge folder " + knowledge.toAbsolutePath()
                    + " does not exist; create it or pass --knowledge DIR");
        }
        if (prompts != null && !Files.isDirectory(prompts)) {
            throw new ConfigurationException("the prompts folder " + Printable.brief(prompts.toAbsolutePath().toString())
                    + " does not exist; create it, or leave out --prompts to use the texts bundled in the jar");
        }
        Desk desk = Desk.open(knowledge, prompts(), writable(data),
                InProcessEmbeddings.configured(settings).loadInBackground(), monitoring.observer());
        monitoring.watch(desk);
        return new LoadedDesk(desk, desk.reload(new ConsoleProgress(context.err())), settings, monitoring);
    }

    /** The data folder, created if missing; a file, or a folder that cannot be written, is a usage error. */
    static Path writable(Path data) throws ConfigurationException {
        String named = Printable.brief(data.toAbsolutePath().toString());
        if (Files.exists(data) && !Files.isDirectory(data)) {
            throw new ConfigurationException("--data " + named + " is a file, not a folder; name a folder"
                    + " (it is created if missing)");
        }
        try {
            Files.createDirectories(data);
            Files.delete(Files.createTempFile(data, ".write-check", ".tmp"));
            return data;
        } catch (IOException e) {
            throw new ConfigurationException("the data folder " + named + " cannot be written ("
                    + Printable.reason(e) + "); name a writable folder with --data DIR");
        }
    }

    public Path knowledge() {
        return knowledge;
    }

    public Path prompts() {
        return prompts != null ? prompts : DEFAULT_PROMPTS;
    }

    public Path data() {
        return data;
    }
}
