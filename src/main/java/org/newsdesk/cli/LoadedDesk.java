package org.newsdesk.cli;

import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.io.PrintStream;
import java.time.Clock;
import org.newsdesk.answer.Mode;
import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Settings;
import org.newsdesk.desk.Desk;
import org.newsdesk.desk.Responder;
import org.newsdesk.index.ReloadReport;
import org.newsdesk.llm.Assistants;
import org.newsdesk.llm.LlmSettings;

/**
 * A desk loaded from a command's folders, with its load report, the settings it was opened with and what
 * watches it (metrics, readiness; {@link Monitoring#OFF} for one-off commands).
 */
record LoadedDesk(Desk desk, ReloadReport report, Settings settings, Monitoring monitoring) {

    /** One line on {@code err} when some knowledge files could not be loaded, for commands that do not list them. */
    void warnOfFailures(PrintStream err) {
        if (report.hasFailures()) {
            err.println(report.failed().size()
                    + " knowledge file(s) could not be loaded; `newsdesk index` lists them with reasons.");
        }
    }

    /** The answerer and summarizer the settings ask for: extractive unless a language model is configured. */
    Assistants assistants() throws ConfigurationException {
        return metered(Assistants.configured(desk, settings, monitoring.observer()));
    }

    /** The same, keeping the model's conversations in {@code memory}. */
    Assistants assistants(ChatMemoryStore memory) throws ConfigurationException {
        return metered(Assistants.configured(desk, settings, monitoring.observer(), memory));
    }

    private Assistants metered(Assistants assistants) throws ConfigurationException {
        return monitoring.metered(assistants, LlmSettings.from(settings).isPresent() ? Mode.LLM : Mode.EXTRACTIVE);
    }

    /** Requests for the desk's features and questions alike, answered as the settings ask. */
    Responder responder() throws ConfigurationException {
        Assistants assistants = assistants();
        return new Responder(desk, assistants.answerer(), assistants.summarizer(), Clock.systemDefaultZone());
    }
}
