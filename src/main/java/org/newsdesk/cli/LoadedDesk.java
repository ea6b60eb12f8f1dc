package org.newsdesk.cli;

import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Settings;
import org.newsdesk.desk.Desk;
import org.newsdesk.index.ReloadReport;
import org.newsdesk.llm.Assistants;

/** A desk loaded from a command's folders, with its load report and the settings it was opened with. */
record LoadedDesk(Desk desk, ReloadReport report, Settings settings) {

    /** The answerer and summarizer the settings ask for: extractive unless a language model is configured. */
    Assistants assistants() throws ConfigurationException {
        return Assistants.configured(desk, settings);
    }
}
