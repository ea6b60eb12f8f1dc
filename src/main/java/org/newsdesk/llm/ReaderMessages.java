package org.newsdesk.llm;

import java.util.function.Supplier;
import org.newsdesk.answer.Question;
import org.newsdesk.prompts.Messages;

/**
 * What the LLM mode says to a reader about how an answer was made (the fallback notices), in the
 * reader's language. The extractive answerer gives its own "not covered" messages in it already.
 */
final class ReaderMessages {

    private final Supplier<Messages> messages;

    ReaderMessages(Supplier<Messages> messages) {
        this.messages = messages;
    }

    /** The notice {@code key} in the language of the reader who asked {@code question}. */
    String notice(String key, Question question) {
        return messages.get().text(question.readerLanguage().locale(), key);
    }
}
