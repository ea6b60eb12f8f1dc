package org.newsdesk.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.injector.ContentInjector;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.newsdesk.prompts.Prompts;

/**
 * Puts the passages into the message the model reads, numbered so it can cite them, with the reader's
 * question fenced off as a question, by the {@code llm/answer} template.
 */
final class NumberedPassages implements ContentInjector {

    private final Supplier<Prompts> prompts;

    NumberedPassages(Supplier<Prompts> prompts) {
        this.prompts = prompts;
    }

    @Override
    public ChatMessage inject(List<Content> contents, ChatMessage question) {
        Prompts current = prompts.get();
        return UserMessage.from(current.render("llm/answer", Map.of(
                "passages", PassageList.render(current, contents),
                "question", PassageList.fenced(((UserMessage) question).singleText()))));
    }
}
