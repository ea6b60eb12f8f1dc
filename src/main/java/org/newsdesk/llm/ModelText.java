package org.newsdesk.llm;

import java.util.regex.Pattern;

/**
 * What of a model's output is meant for the reader: reasoning models (DeepSeek-R1, Qwen3 on Ollama or
 * llama.cpp) write their thinking between {@code <think>} tags in the answer itself.
 */
final class ModelText {

    private static final Pattern THINKING = Pattern.compile("(?s)<think>.*?</think>");
    private static final String STILL_THINKING = "<think>";

    private ModelText() {
    }

    /** The text without thinking; while a thinking block is still open, only the text before it. */
    static String visible(String raw) {
        String text = THINKING.matcher(raw == null ? "" : raw).replaceAll("");
        int open = text.indexOf(STILL_THINKING);
        return (open < 0 ? text : text.substring(0, open)).strip();
    }
}
