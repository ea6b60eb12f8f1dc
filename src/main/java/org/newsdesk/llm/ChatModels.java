package org.newsdesk.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/** The model, whole-answer and streaming, built for the configured provider. Nothing is sent until used. */
record ChatModels(ChatModel chat, StreamingChatModel streaming) {

    static ChatModels connect(LlmSettings settings) {
        return switch (settings.provider()) {
            case OPENAI -> new ChatModels(
                    OpenAiChatModel.builder().baseUrl(settings.baseUrl()).apiKey(settings.apiKey())
                            .modelName(settings.model()).timeout(settings.timeout())
                            .maxRetries(settings.retries()).build(),
                    OpenAiStreamingChatModel.builder().baseUrl(settings.baseUrl()).apiKey(settings.apiKey())
                            .modelName(settings.model()).timeout(settings.timeout()).build());
            case OLLAMA -> new ChatModels(
                    OllamaChatModel.builder().baseUrl(settings.baseUrl()).modelName(settings.model())
                            .timeout(settings.timeout()).maxRetries(settings.retries()).build(),
                    OllamaStreamingChatModel.builder().baseUrl(settings.baseUrl()).modelName(settings.model())
                            .timeout(settings.timeout()).build());
        };
    }
}
