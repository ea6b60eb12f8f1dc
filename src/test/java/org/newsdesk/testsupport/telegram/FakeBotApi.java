package org.newsdesk.testsupport.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.apache.commons.lang3.concurrent.BasicThreadFactory;
import org.newsdesk.bench.PendingUpdates;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * A Bot API server for tests, on a free local port: queues updates for {@code getUpdates}, records
 * every call, keeps the messages the bot sent (refusing, as Telegram does, HTML it cannot parse and
 * text over 4096 characters) and can be told to fail the next calls of a method, such as with a 429.
 * Method names are matched case-insensitively, as the client sends them in mixed case.
 */
public final class FakeBotApi implements AutoCloseable {

    public static final long BOT_ID = 7_000_000_001L;
    public static final String BOT_USERNAME = "newsdesk_test_bot";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How a multipart request refers to a file sent in another part. */
    private static final String ATTACH = "attach://";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A call the bot made: the method as sent, its JSON body, and when it came. */
    public record Call(String method, JsonNode body, long nanoTime) {
        public boolean is(String name) {
            return method.equalsIgnoreCase(name);
        }
    }

    /**
     * A message the bot sent, as it stands now (edits applied).
     *
     * @param keyboard its inline keyboard ({@code reply_markup}), or null when it has none
     */
    public record Sent(long chat, int messageId, String html, String parseMode, Integer replyTo, int edits,
                       JsonNode keyboard) {
        /** The text as a reader sees it. */
        public String text() {
            return "html".equalsIgnoreCase(parseMode) ? TelegramHtml.visibleText(html) : html;
        }

        /** The texts of the buttons under the message, row by row. */
        public List<String> buttons() {
            List<String> texts = new ArrayList<>();
            if (keyboard != null) {
                keyboard.path("inline_keyboard").forEach(row -> row.forEach(button -> texts.add(button.path("text").asText())));
            }
            return texts;
        }

        /** The callback data of the button with this text; fails when there is none. */
        public String callbackData(String buttonText) {
            if (keyboard != null) {
                for (JsonNode row : keyboard.path("inline_keyboard")) {
                    for (JsonNode button : row) {
                        if (button.path("text").asText().equals(buttonText)) {
                            return button.path("callback_data").asText();
                        }
                    }
                }
            }
            throw new AssertionError("no button '" + buttonText + "' under message " + messageId + ": " + buttons());
        }
    }

    /** A file the bot sent (sendDocument, multipart): to which chat, its name, bytes and caption. */
    public record Document(long chat, String fileName, byte[] content, String caption) {
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private record Fault(int code, String description, Integer retryAfter) {
    }

    private final String token;
    private final HttpServer server;
    private final ExecutorService handlers;
    private final List<Call> calls = new ArrayList<>();
    /**
     * Every fake plays the same bot, so each numbers its updates past those of the fakes before it, as
     * Telegram does across a bot's restarts (a restarted bot would otherwise take new updates for old ones).
     */
    private static final AtomicInteger UPDATE_ID_RANGES = new AtomicInteger();
    private final PendingUpdates updates = new PendingUpdates(1 + UPDATE_ID_RANGES.getAndIncrement() % 2_000 * 1_000_000);
    private final Map<Integer, Sent> sent = new HashMap<>();
    private final List<Integer> sentOrder = new ArrayList<>();
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private final Map<Long, String> chatTypes = new HashMap<>();
    private final List<String> rejected = new ArrayList<>();
    private final List<Document> documents = new ArrayList<>();
    /** Where updates go once the bot has set a webhook (Telegram then refuses getUpdates), and its secret. */
    private String webhookUrl;
    private String webhookSecret;
    /** Instances behind one public webhook URL, as a load balancer would spread pushes over them. */
    private List<String> balanced = List.of();
    private int nextTarget;
    private final HttpClient webhookClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService deliveries = Executors.newSingleThreadExecutor(
            BasicThreadFactory.builder().namingPattern("fake-bot-api-webhook-%d").daemon().build());

    public FakeBotApi(String token) throws IOException {
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.handlers = Executors.newCachedThreadPool(
                BasicThreadFactory.builder().namingPattern("fake-bot-api-%d").daemon().build());
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public TelegramUrl telegramUrl() {
        return TelegramUrl.builder().schema("http").host("127.0.0.1").port(server.getAddress().getPort()).build();
    }

    /**
     * Queues an update for the bot's next poll, or, once the bot has set a webhook, pushes it there (one
     * at a time, in order, each sent again until the webhook answers 200, as Telegram does); gives it the
     * next update id.
     */
    public synchronized void push(ObjectNode update) {
        JsonNode chat = update.at("/message/chat");
        if (chat.has("id")) {
            chatTypes.put(chat.get("id").asLong(), chat.get("type").asText());
        }
        if (webhookUrl != null) {
            updates.number(update);
            String secret = webhookSecret;
            deliveries.execute(() -> deliver(secret, update));
            return;
        }
        updates.add(update);
    }

    /** Queues updates so that the bot's next poll gets them all at once, as one batch. */
    public synchronized void pushTogether(ObjectNode... batch) {
        synchronized (updates) {
            for (ObjectNode update : batch) {
                push(update);
            }
        }
    }

    /**
     * Pushes to these URLs in turn, as a load balancer in front of several instances would, instead of to
     * the URL the bot set (which stands for the balancer's public address); a target that fails gets the
     * update's next try sent to the next one.
     */
    public synchronized void balanceWebhookOver(List<String> urls) {
        balanced = List.copyOf(urls);
    }

    private synchronized String nextWebhookTarget() {
        if (balanced.isEmpty()) {
            return webhookUrl;
        }
        return balanced.get(nextTarget++ % balanced.size());
    }

    private void deliver(String secret, ObjectNode update) {
        for (int attempt = 0; attempt < 600; attempt++) {
            try {
                if (postToWebhook(nextWebhookTarget(), secret, update) == 200) {
                    return;
                }
            } catch (IOException e) {
                // the bot is down or restarting: Telegram tries again later
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Posts an update to the webhook as Telegram would, with the given secret; the status it answered. */
    public int postToWebhook(String url, String secret, JsonNode update) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(update)));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return webhookClient.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The webhook the bot set (setWebhook), or null while it polls. */
    public synchronized String webhookUrl() {
        return webhookUrl;
    }

    /** The secret token the bot set with its webhook. */
    public synchronized String webhookSecret() {
        return webhookSecret;
    }

    /**
     * Queues an update given as raw JSON, which need not be one the client can parse (a chat id that is
     * not a number, a message id over 2^31); gives it the next update id, and returns that id.
     */
    public long pushRaw(String json) {
        try {
            ObjectNode update = (ObjectNode) JSON.readTree(json);
            push(update);
            return update.get("update_id").asLong();
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON object: " + json, e);
        }
    }

    /** The next {@code times} calls of a method fail with this error (a 429 carries retry_after). */
    public synchronized void failNext(String method, int times, int code, String description, Integer retryAfter) {
        Deque<Fault> queue = faults.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(new Fault(code, description, retryAfter));
        }
    }

    /** Forgets the failures still queued for a method: its next calls succeed. */
    public synchronized void stopFailing(String method) {
        faults.remove(method.toLowerCase(Locale.ROOT));
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(call -> call.is(method)).toList();
    }

    /** The bot's answerCallbackQuery for a callback query, once it came. */
    public synchronized Optional<Call> callbackAnswer(String callbackQueryId) {
        return calls.stream().filter(call -> call.is("answerCallbackQuery"))
                .filter(call -> call.body().path("callback_query_id").asText().equals(callbackQueryId)).findFirst();
    }

    /** Messages the bot sent to a chat, in the order it sent them. */
    public synchronized List<Sent> messagesTo(long chat) {
        return sentOrder.stream().map(sent::get).filter(message -> message.chat() == chat).toList();
    }

    public synchronized List<Sent> messages(Predicate<Sent> which) {
        return sentOrder.stream().map(sent::get).filter(which).toList();
    }

    /** Files the bot sent, in order. */
    public synchronized List<Document> documents() {
        return List.copyOf(documents);
    }

    /** Texts the fake refused as Telegram would ("can't parse entities", too long); empty in a good run. */
    public synchronized List<String> rejected() {
        return List.copyOf(rejected);
    }

    @Override
    public void close() {
        updates.close();
        server.stop(0);
        handlers.shutdownNow();
        deliveries.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().split("/");
            if (path.length != 3 || !path[1].startsWith("bot")) {
                reply(exchange, 404, error(404, "Not Found", null));
                return;
            }
            if (!path[1].equals("bot" + token)) {
                reply(exchange, 401, error(401, "Unauthorized", null));
                return;
            }
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            JsonNode body = bytes.length == 0 ? NODES.objectNode()
                    : type != null && type.startsWith("multipart/form-data") ? Multipart.parse(type, bytes)
                    : JSON.readTree(bytes);
            String method = path[2];
            ObjectNode response = respond(method, body);
            int status = response.get("ok").asBoolean() ? 200 : response.get("error_code").asInt();
            reply(exchange, status, response);
        }
    }

    private ObjectNode respond(String method, JsonNode body) {
        String name = method.toLowerCase(Locale.ROOT);
        synchronized (this) {
            Deque<Fault> queued = faults.get(name);
            Fault fault = queued == null ? null : queued.poll();
            if (fault != null) {
                calls.add(new Call(method, body, System.nanoTime()));
                return error(fault.code(), fault.description(), fault.retryAfter());
            }
        }
        if (name.equals("getupdates")) {
            synchronized (this) {
                calls.add(new Call(method, body, System.nanoTime()));
            }
            return ok(updates.poll(body));
        }
        synchronized (this) {
            calls.add(new Call(method, body, System.nanoTime()));
            return switch (name) {
                case "getme" -> ok(botUser());
                case "sendmessage" -> sendMessage(body);
                case "editmessagetext" -> editMessage(body);
                case "senddocument" -> sendDocument(body);
                case "setwebhook" -> setWebhook(body);
                case "deletewebhook" -> {
                    webhookUrl = null;
                    yield ok(NODES.booleanNode(true));
                }
                default -> ok(NODES.booleanNode(true));
            };
        }
    }

    private ObjectNode sendMessage(JsonNode body) {
        long chat = body.path("chat_id").asLong();
        String text = body.path("text").asText("");
        String parseMode = body.path("parse_mode").asText(null);
        String problem = problem(text, parseMode);
        if (problem != null) {
            rejected.add(problem + ": " + text);
            return error(400, "Bad Request: " + problem, null);
        }
        int id = Updates.nextMessageId();
        Integer replyTo = body.at("/reply_parameters/message_id").isMissingNode() ? null
                : body.at("/reply_parameters/message_id").asInt();
        sent.put(id, new Sent(chat, id, text, parseMode, replyTo, 0, markup(body)));
        sentOrder.add(id);
        return ok(message(chat, id, text, parseMode));
    }

    private ObjectNode setWebhook(JsonNode body) {
        webhookUrl = body.path("url").asText(null);
        webhookSecret = body.path("secret_token").asText(null);
        return ok(NODES.booleanNode(true));
    }

    private ObjectNode sendDocument(JsonNode body) {
        long chat = body.path("chat_id").asLong();
        JsonNode file = body.path("document");
        if (file.isTextual() && file.asText().startsWith(ATTACH)) {
            file = body.path(file.asText().substring(ATTACH.length()));
        }
        if (!file.has("content")) {
            return error(400, "Bad Request: there is no document in the request", null);
        }
        documents.add(new Document(chat, file.path("filename").asText(), java.util.Base64.getDecoder()
                .decode(file.path("content").asText()), body.path("caption").asText("")));
        return ok(message(chat, Updates.nextMessageId(), "", null));
    }

    private ObjectNode editMessage(JsonNode body) {
        int id = body.path("message_id").asInt();
        Sent message = sent.get(id);
        String text = body.path("text").asText("");
        if (message == null) {
            return error(400, "Bad Request: message to edit not found", null);
        }
        if (message.html().equals(text) && java.util.Objects.equals(message.keyboard(), markup(body))) {
            return error(400, "Bad Request: message is not modified: specified new message content and reply markup"
                    + " are exactly the same as a current content and reply markup of the message", null);
        }
        String parseMode = body.path("parse_mode").asText(null);
        String problem = problem(text, parseMode);
        if (problem != null) {
            rejected.add(problem + ": " + text);
            return error(400, "Bad Request: " + problem, null);
        }
        // as in Telegram, an edit without reply_markup takes the buttons away
        sent.put(id, new Sent(message.chat(), id, text, parseMode, message.replyTo(), message.edits() + 1,
                markup(body)));
        return ok(message(message.chat(), id, text, parseMode));
    }

    private static JsonNode markup(JsonNode body) {
        JsonNode markup = body.path("reply_markup");
        if (markup.isTextual()) {
            try {
                return JSON.readTree(markup.asText());
            } catch (IOException e) {
                throw new IllegalArgumentException("reply_markup is not JSON", e);
            }
        }
        return markup.isObject() ? markup : null;
    }

    private static String problem(String text, String parseMode) {
        try {
            String visible = "html".equalsIgnoreCase(parseMode) ? TelegramHtml.visibleText(text) : text;
            if (visible.isBlank()) {
                return "message text is empty";
            }
            return visible.length() > 4096 ? "message is too long" : null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The message as Telegram returns it: the visible text, with the entities the HTML gave it. */
    private ObjectNode message(long chat, int id, String text, String parseMode) {
        ObjectNode message = NODES.objectNode();
        message.put("message_id", id);
        message.put("date", System.currentTimeMillis() / 1000);
        message.set("from", botUser());
        ObjectNode chatNode = message.putObject("chat");
        chatNode.put("id", chat);
        chatNode.put("type", chatTypes.getOrDefault(chat, "private"));
        if (!"html".equalsIgnoreCase(parseMode)) {
            message.put("text", text);
            return message;
        }
        TelegramHtml.Parsed parsed = TelegramHtml.parse(text);
        message.put("text", parsed.text());
        ArrayNode entities = message.putArray("entities");
        for (TelegramHtml.Entity entity : parsed.entities()) {
            ObjectNode node = entities.addObject();
            node.put("type", entity.type());
            node.put("offset", entity.offset());
            node.put("length", entity.length());
            if (entity.type().equals("text_link")) {
                node.put("url", entity.detail());
            } else if (entity.type().equals("custom_emoji")) {
                node.put("custom_emoji_id", entity.detail());
            }
        }
        return message;
    }

    private static ObjectNode botUser() {
        return Updates.bot().put("can_join_groups", true).put("supports_inline_queries", true);
    }

    private static ObjectNode ok(JsonNode result) {
        ObjectNode response = NODES.objectNode();
        response.put("ok", true);
        response.set("result", result);
        return response;
    }

    private static ObjectNode error(int code, String description, Integer retryAfter) {
        ObjectNode response = NODES.objectNode();
        response.put("ok", false);
        response.put("error_code", code);
        response.put("description", description);
        if (retryAfter != null) {
            response.putObject("parameters").put("retry_after", retryAfter);
        }
        return response;
    }

    private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
