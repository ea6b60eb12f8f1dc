package org.newsdesk.cli;

import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import org.newsdesk.answer.Mode;
import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Settings;
import org.newsdesk.desk.Desk;
import org.newsdesk.index.ReloadReport;
import org.newsdesk.llm.Assistants;
import org.newsdesk.llm.LlmSettings;

/**
 * A desk loaded from a command's folders, with its load report, the settings it was opened with and what
 * watches it (metrics, readiness; {@link Monitoring#OFF} for one-off commands).
 */
record LoadedDesk(Desk desk, ReloadReport report, Settings settings, Monitoring monitoring) {

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
}
