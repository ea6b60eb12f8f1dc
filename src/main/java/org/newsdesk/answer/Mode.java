package org.newsdesk.answer;

import java.util.Locale;

/** How an answer was made: quoted from the articles, or written by a language model from them. */
public enum Mode {
    EXTRACTIVE, LLM;

    /** The name used in JSON output: {@code extractive} or {@code llm}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
