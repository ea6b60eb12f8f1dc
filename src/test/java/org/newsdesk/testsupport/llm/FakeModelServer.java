package org.newsdesk.testsupport.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A local HTTP server that speaks a model provider's chat API, answering with whatever the test's
 * replies function says and keeping every request for the test to look at. Subclasses speak OpenAI's
 * and Ollama's dialects.
 */
public abstract class FakeModelServer implements AutoCloseable {

    protected static final ObjectMapper JSON = new ObjectMapper();
    /** Streamed answers arrive in pieces this long, as a real model's tokens would. */
    private static final int PIECE = 6;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<ModelRequest> requests = new CopyOnWriteArrayList<>();
    private volatile Function<ModelRequest, ModelReply> replies = request -> ModelReply.text("");

    protected FakeModelServer(String chatPath) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext(chatPath, this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Sets how the server answers from now on. */
    public FakeModelServer answering(Function<ModelRequest, ModelReply> replies) {
        this.replies = replies;
        return this;
    }

    public List<ModelRequest> requests() {
        return List.copyOf(requests);
    }

    public List<ModelRequest> requests(ModelRequest.Kind kind) {
        return requests.stream().filter(request -> request.kind() == kind).toList();
    }

    protected String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The base URL to configure the client with. */
    public abstract String baseUrl();

    /**
     * Settings that point Newsdesk at this server, with no retries and a short timeout so failures are
     * quick; {@code overrides} are pairs of keys and values that replace or add to them.
     */
    public Map<String, String> environment(String... overrides) {
        Map<String, String> environment = new HashMap<>(dialectSettings());
        environment.put("NEWSDESK_MODEL", "fake-model");
        environment.put("NEWSDESK_LLM_RETRIES", "0");
        environment.put("NEWSDESK_LLM_TIMEOUT", "5");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            environment.put(overrides[i], overrides[i + 1]);
        }
        return environment;
    }

    protected abstract Map<String, String> dialectSettings();

    protected abstract String wholeAnswer(String model, String text) throws IOException;

    protected abstract String contentType(boolean streaming);

    /** The streamed answer as the chunks the dialect sends, each already framed. */
    protected abstract List<String> streamedAnswer(String model, List<String> pieces) throws IOException;

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode json = JSON.readTree(body);
            ModelRequest request = new ModelRequest(exchange.getRequestURI().getPath(), json.path("model").asText(),
                    json.path("stream").asBoolean(false), messages(json.path("messages")), body);
            requests.add(request);
            ModelReply reply = replies.apply(request);
            if (!reply.delay().isZero()) {
                Thread.sleep(reply.delay().toMillis());
            }
            if (reply.status() != 200) {
                send(exchange, reply.status(), "application/json", reply.text());
                return;
            }
            if (!request.streaming()) {
                send(exchange, 200, contentType(false), wholeAnswer(request.model(), reply.text()));
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", contentType(true));
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (String chunk : streamedAnswer(request.model(), pieces(reply.text()))) {
                out.write(chunk.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // the client went away (a timeout test) or the test's replies failed; the test will see it
        }
    }

    private static List<ModelRequest.Message> messages(JsonNode messages) {
        List<ModelRequest.Message> list = new ArrayList<>();
        for (JsonNode message : messages) {
            JsonNode content = message.path("content");
            String text;
            if (content.isArray()) {
                StringBuilder joined = new StringBuilder();
                content.forEach(part -> joined.append(part.path("text").asText()));
                text = joined.toString();
            } else {
                text = content.asText();
            }
            list.add(new ModelRequest.Message(message.path("role").asText(), text));
        }
        return list;
    }

    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (int start = 0; start < text.length(); start += PIECE) {
            pieces.add(text.substring(start, Math.min(text.length(), start + PIECE)));
        }
        return pieces;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
