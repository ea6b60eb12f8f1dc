package org.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.commons.lang3.concurrent.BasicThreadFactory;

/**
 * Just enough of the Telegram Bot API, on a free loopback port, for the bot to run against it in a
 * benchmark: {@code getUpdates} long polls (answered within a second) hand out queued private
 * messages, {@code sendMessage} is recorded with its arrival time, and every other method succeeds.
 * (The test tree has a fuller fake that checks what the bot sends; this one ships in the jar.)
 */
final class LocalBotApi implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final HttpServer server;
    private final ExecutorService handlers;
    private final PendingUpdates updates = new PendingUpdates();
    /** Chat id to the arrival time of the first message sent to it. */
    private final Map<Long, Long> firstReplyNanos = new HashMap<>();
    private long firstPollNanos = -1;
    private int nextMessageId = 1;

    LocalBotApi() throws IOException {
        // without it the JDK's server answers a request in two packets and the client's delayed ACK adds
        // 40 ms to every call: a cost of this fake, not of the bot (read once, when the first server starts)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handlers = Executors.newCachedThreadPool(
                BasicThreadFactory.builder().namingPattern("local-bot-api-%d").daemon().build());
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The value for {@code TELEGRAM_API_URL}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues a private message from a reader whose user id is the chat id. */
    synchronized void ask(long chat, String text) {
        ObjectNode update = NODES.objectNode();
        ObjectNode message = update.putObject("message");
        message.put("message_id", nextMessageId++);
        message.put("date", System.currentTimeMillis() / 1000);
        message.putObject("chat").put("id", chat).put("type", "private");
        message.putObject("from").put("id", chat).put("is_bot", false).put("first_name", "Reader");
        message.put("text", text);
        updates.add(update);
    }

    /** When the bot first asked for updates ({@link System#nanoTime()}), or -1. */
    synchronized long firstPollNanos() {
        return firstPollNanos;
    }

    /** When the first message to a chat arrived, or -1. */
    synchronized long firstReplyNanos(long chat) {
        return firstReplyNanos.getOrDefault(chat, -1L);
    }

    /** Waits until this many chats have had a reply; false if the deadline passed first. */
    synchronized boolean awaitReplies(int chats, long deadlineNanos) throws InterruptedException {
        while (firstReplyNanos.size() < chats) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** Waits until the bot polls for the first time; false if the deadline passed first. */
    synchronized boolean awaitPolling(long deadlineNanos) throws InterruptedException {
        while (firstPollNanos < 0) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    @Override
    public void close() {
        updates.close();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().split("/");
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            JsonNode body = bytes.length == 0 ? NODES.objectNode() : JSON.readTree(bytes);
            String method = path.length == 3 ? path[2].toLowerCase(Locale.ROOT) : "";
            JsonNode result = switch (method) {
                case "getupdates" -> poll(body);
                case "getme" -> bot();
                case "sendmessage", "editmessagetext" -> sent(body);
                default -> NODES.booleanNode(true);
            };
            ObjectNode response = NODES.objectNode().put("ok", true);
            response.set("result", result);
            byte[] reply = JSON.writeValueAsBytes(response);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        }
    }

    private ArrayNode poll(JsonNode body) {
        synchronized (this) {
            if (firstPollNanos < 0) {
                firstPollNanos = System.nanoTime();
                notifyAll();
            }
        }
        return updates.poll(body);
    }

    private synchronized ObjectNode sent(JsonNode body) {
        long chat = body.path("chat_id").asLong();
        if (firstReplyNanos.putIfAbsent(chat, System.nanoTime()) == null) {
            notifyAll();
        }
        ObjectNode message = NODES.objectNode();
        message.put("message_id", body.path("message_id").asInt(nextMessageId++));
        message.put("date", System.currentTimeMillis() / 1000);
        message.set("from", bot());
        message.putObject("chat").put("id", chat).put("type", "private");
        message.put("text", body.path("text").asText(""));
        return message;
    }

    private static ObjectNode bot() {
        return NODES.objectNode().put("id", 7_000_000_001L).put("is_bot", true).put("first_name", "Newsdesk")
                .put("username", "newsdesk_bench_bot").put("can_join_groups", true)
                .put("supports_inline_queries", false);
    }
}
