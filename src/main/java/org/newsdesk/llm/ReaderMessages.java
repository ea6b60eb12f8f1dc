package org.newsdesk.llm;

import java.util.function.Supplier;
import org.newsdesk.answer.ReaderLanguage;
import org.newsdesk.prompts.Prompts;

/**
 * What the LLM mode says to a reader about how an answer was made (the fallback notices), in the
 * reader's language. The extractive answerer gives its own "not covered" messages in it already.
 */
final class ReaderMessages {

    private final Supplier<Prompts> prompts;

    ReaderMessages(Supplier<Prompts> prompts) {
        this.prompts = prompts;
    }

    /** The notice template {@code name} in the language of {@code question}. */
    String notice(String name, String question) {
        Prompts current = prompts.get();
        return current.text(ReaderLanguage.of(question).template(current, name));
    }
}
