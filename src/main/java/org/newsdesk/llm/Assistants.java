package org.newsdesk.llm;

import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.util.Optional;
import org.newsdesk.answer.Answerer;
import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Settings;
import org.newsdesk.desk.Desk;
import org.newsdesk.facts.Summarizer;
import org.newsdesk.observe.Observer;
import org.newsdesk.store.FileConversations;

/** What answers readers and sums up the coverage for them, chosen together so they share one model. */
public record Assistants(Answerer answerer, Summarizer summarizer) {

    /**
     * The LLM mode's answerer and summarizer when the settings configure a model, else the desk's offline
     * ones (extractive answers to questions in English).
     */
    public static Assistants configured(Desk desk, Settings settings) throws ConfigurationException {
        return configured(desk, settings, Observer.NONE);
    }

    /** The same, telling {@code observer} how each question that went to the model ended. */
    public static Assistants configured(Desk desk, Settings settings, Observer observer) throws ConfigurationException {
        return configured(desk, settings, observer, new FileConversations(desk.dataFolder().resolve("conversations")));
    }

    /** The same, keeping conversations in {@code memory} (the store the composition root chose). */
    public static Assistants configured(Desk desk, Settings settings, Observer observer, ChatMemoryStore memory)
            throws ConfigurationException {
        Optional<LlmSettings> model = LlmSettings.from(settings);
        if (model.isEmpty()) {
            return new Assistants(desk.offline(), desk.extractiveSummarizer());
        }
        LlmMode llm = LlmMode.connect(desk, model.get(), observer, memory);
        return new Assistants(llm.answerer(), llm.summarizer());
    }
}
