package org.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The updates a local Bot API holds for the bot's {@code getUpdates} long poll, handed out as Telegram
 * does: numbered in order, kept until a later poll's {@code offset} confirms them, and a poll with
 * nothing to hand out waits for an update until its {@code timeout}, here cut to a second so that neither
 * a stopping bot nor a test waits on an idle poll. Shared by the bench's {@link LocalBotApi} and the test tree's checking fake
 * (which compiles with the bench sources; the bench jar never holds test code). Thread-safe.
 */
public final class PendingUpdates {

    private static final long MAX_POLL_MILLIS = 1_000;

    private final List<ObjectNode> updates = new ArrayList<>();
    private int nextUpdateId;
    private boolean closed;

    /** Updates numbered from 1, as for a bot that never had one. */
    public PendingUpdates() {
        this(1);
    }

    /** Updates numbered from {@code firstUpdateId}: Telegram numbers a bot's updates on across its restarts. */
    public PendingUpdates(int firstUpdateId) {
        this.nextUpdateId = firstUpdateId;
    }

    /** Queues an update for the next poll and gives it the next update id. */
    public synchronized void add(ObjectNode update) {
        number(update);
        updates.add(update);
        notifyAll();
    }

    /** Gives an update the next update id without queueing it (a webhook gets it pushed instead). */
    public synchronized void number(ObjectNode update) {
        update.put("update_id", nextUpdateId++);
    }

    /** Answers a {@code getUpdates} call with the body's {@code offset}, {@code timeout} and {@code limit}. */
    public synchronized ArrayNode poll(JsonNode body) {
        long offset = body.path("offset").asLong(0);
        long deadline = System.currentTimeMillis() + Math.min(MAX_POLL_MILLIS, body.path("timeout").asLong(0) * 1000);
        updates.removeIf(update -> update.get("update_id").asLong() < offset);
        while (updates.isEmpty() && !closed && System.currentTimeMillis() < deadline) {
            try {
                wait(Math.max(1, deadline - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        updates.stream().limit(body.path("limit").asInt(100)).forEach(result::add);
        return result;
    }

    /** Ends waiting polls at once, and every later one. */
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
