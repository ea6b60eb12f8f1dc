package org.newsdesk.testsupport.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A fake Ollama server: {@code POST /api/chat}, one JSON object or a stream of JSON lines. */
public final class FakeOllamaServer extends FakeModelServer {

    public FakeOllamaServer() {
        super("/api/chat");
    }

    @Override
    public String baseUrl() {
        return root();
    }

    @Override
    protected Map<String, String> dialectSettings() {
        return Map.of("NEWSDESK_LLM", "ollama", "OLLAMA_BASE_URL", baseUrl());
    }

    @Override
    protected String contentType(boolean streaming) {
        return streaming ? "application/x-ndjson" : "application/json";
    }

    @Override
    protected String wholeAnswer(String model, String text) {
        return message(model, text, true).toString();
    }

    @Override
    protected List<String> streamedAnswer(String model, List<String> pieces) {
        List<String> lines = new ArrayList<>();
        for (String piece : pieces) {
            lines.add(message(model, piece, false) + "\n");
        }
        lines.add(message(model, "", true) + "\n");
        return lines;
    }

    private static ObjectNode message(String model, String text, boolean done) {
        ObjectNode node = JSON.createObjectNode();
        node.put("model", model);
        node.put("created_at", "2025-10-11T12:00:00Z");
        node.putObject("message").put("role", "assistant").put("content", text);
        node.put("done", done);
        if (done) {
            node.put("done_reason", "stop");
            node.put("prompt_eval_count", 10);
            node.put("eval_count", 10);
        }
        return node;
    }
}
