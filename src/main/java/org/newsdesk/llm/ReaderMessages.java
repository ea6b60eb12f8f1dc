package org.newsdesk.llm;

import java.util.List;
import java.util.function.Supplier;
import org.newsdesk.answer.Answer;
import org.newsdesk.prompts.Prompts;

/**
 * What the LLM mode says to a reader about an answer, in the reader's language: the fallback notices,
 * and the extractive answerer's "the articles do not cover it" messages, which it gives in English.
 */
final class ReaderMessages {

    /** The extractive answerer's messages when it cannot answer that a question in any language may get. */
    private static final List<String> NOT_ANSWERED = List.of("answer/not-found", "answer/no-articles",
            "answer/off-topic");

    private final Supplier<Prompts> prompts;

    ReaderMessages(Supplier<Prompts> prompts) {
        this.prompts = prompts;
    }

    /** The notice template {@code name} in the language of {@code question}. */
    String notice(String name, String question) {
        return prompts.get().text(ReaderLanguage.of(question).template(name));
    }

    /** The answer, with its "not covered" message translated when the question is not in English. */
    Answer translated(Answer answer) {
        ReaderLanguage language = ReaderLanguage.of(answer.question());
        if (answer.answerable() || language == ReaderLanguage.ENGLISH) {
            return answer;
        }
        Prompts current = prompts.get();
        // the answer does not say which message it carries; the text tells, as the messages differ
        for (String name : NOT_ANSWERED) {
            if (current.text(name).equals(answer.text())) {
                return new Answer(answer.question(), current.text(language.template(name)), false, answer.sources(),
                        answer.mode(), answer.notice(), answer.millis());
            }
        }
        return answer;
    }
}
