package org.newsdesk.llm;

import java.util.Locale;

/** Where the language model runs: any OpenAI-compatible server, or Ollama's own API. */
enum Provider {
    OPENAI, OLLAMA;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
