package org.newsdesk.answer;

import java.util.function.Consumer;

/** Answers questions from the stored articles. Implementations are safe to call from many threads. */
public interface Answerer {

    Answer answer(Question question);

    /**
     * Answers while reporting the text as it is written, for adapters that show it growing: each call
     * of {@code partialText} receives the whole text so far, not just the new piece. The default
     * reports nothing partial: extractive answers arrive whole.
     */
    default Answer answer(Question question, Consumer<String> partialText) {
        return answer(question);
    }

    /** Forgets what is remembered of a conversation (the extractive answerer remembers nothing itself). */
    default void forget(String conversation) {
    }
}
