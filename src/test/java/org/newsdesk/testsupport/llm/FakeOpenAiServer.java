package org.newsdesk.testsupport.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A fake OpenAI-compatible server: {@code POST /v1/chat/completions}, JSON or server-sent events. */
public final class FakeOpenAiServer extends FakeModelServer {

    public FakeOpenAiServer() {
        super("/v1/chat/completions");
    }

    @Override
    public String baseUrl() {
        return root() + "/v1";
    }

    /** The key is a made-up one, so tests can check it never reaches the log. */
    public static final String API_KEY = "sk-fake-key-never-logged";

    @Override
    protected Map<String, String> dialectSettings() {
        return Map.of("NEWSDESK_LLM", "openai", "OPENAI_BASE_URL", baseUrl(), "OPENAI_API_KEY", API_KEY);
    }

    @Override
    protected String contentType(boolean streaming) {
        return streaming ? "text/event-stream" : "application/json";
    }

    @Override
    protected String wholeAnswer(String model, String text) {
        ObjectNode response = envelope(model, "chat.completion");
        ObjectNode choice = response.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", text);
        choice.put("finish_reason", "stop");
        response.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
        return response.toString();
    }

    @Override
    protected List<String> streamedAnswer(String model, List<String> pieces) {
        List<String> events = new ArrayList<>();
        for (String piece : pieces) {
            ObjectNode chunk = envelope(model, "chat.completion.chunk");
            ObjectNode choice = chunk.putArray("choices").addObject();
            choice.put("index", 0);
            choice.putObject("delta").put("content", piece);
            choice.putNull("finish_reason");
            events.add("data: " + chunk + "\n\n");
        }
        ObjectNode last = envelope(model, "chat.completion.chunk");
        ObjectNode choice = last.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("delta");
        choice.put("finish_reason", "stop");
        events.add("data: " + last + "\n\n");
        events.add("data: [DONE]\n\n");
        return events;
    }

    private static ObjectNode envelope(String model, String object) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", "chatcmpl-fake");
        node.put("object", object);
        node.put("created", 1_700_000_000L);
        node.put("model", model);
        return node;
    }
}
