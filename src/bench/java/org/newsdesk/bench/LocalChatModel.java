package org.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAI-compatible chat server on the loopback that answers at once, so that what the bench times of
 * the LLM mode is Newsdesk's own work: the answer restates the first passage, citing it with all its words;
 * a second opinion says yes to every statement; a follow-up rewrite returns the question.
 */
final class LocalChatModel implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PASSAGE = Pattern.compile("(?m)^\\[(\\d+)] (.*)$");
    private static final Pattern STATEMENT = Pattern.compile("(?m)^(\\d+)\\. Statement:");

    private final HttpServer server;
    private final AtomicLong verifyRequests = new AtomicLong();
    private final AtomicLong verifyCharacters = new AtomicLong();
    private final List<Written> written = new CopyOnWriteArrayList<>();

    /** An answer this model wrote, with the passages it was given, in their order. */
    record Written(String answer, List<String> passages) {
    }

    LocalChatModel() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The answers written so far. */
    List<Written> written() {
        return List.copyOf(written);
    }

    /** The mean length in characters of the second-opinion requests so far. */
    double meanVerifyCharacters() {
        return verifyRequests.get() == 0 ? 0 : verifyCharacters.get() / (double) verifyRequests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode messages = JSON.readTree(exchange.getRequestBody().readAllBytes()).path("messages");
            String last = messages.get(messages.size() - 1).path("content").asText();
            String reply = reply(last, messages.size() == 1);
            ObjectNode response = JSON.createObjectNode().put("id", "bench").put("object", "chat.completion")
                    .put("created", 0).put("model", "bench");
            ObjectNode choice = response.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", reply);
            byte[] body = response.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private String reply(String request, boolean alone) {
        if (request.contains("<statements>")) {
            verifyRequests.incrementAndGet();
            verifyCharacters.addAndGet(request.length());
            StringBuilder yes = new StringBuilder();
            Matcher statement = STATEMENT.matcher(request);
            while (statement.find()) {
                yes.append(statement.group(1)).append(": yes\n");
            }
            return yes.toString();
        }
        Matcher passage = PASSAGE.matcher(request);
        if (request.contains("<question>") && passage.find()) {
            String text = passage.group(2);
            String answer = text + " [" + passage.group(1) + ": \"" + text + "\"]";
            List<String> passages = new ArrayList<>(List.of(text));
            while (passage.find()) {
                passages.add(passage.group(2));
            }
            written.add(new Written(answer, passages));
            return answer;
        }
        return alone ? request.lines().reduce((first, second) -> second).orElse("") : "";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
