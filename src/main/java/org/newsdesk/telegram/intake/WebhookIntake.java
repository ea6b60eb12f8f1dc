package org.newsdesk.telegram.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.newsdesk.store.StoreException;
import org.newsdesk.store.UpdateQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Updates that Telegram pushes to the webhook: a request must carry the secret the bot registered (in
 * {@value #SECRET_HEADER}, compared in constant time) or it is refused with 401 and nothing is stored. A
 * good update is stored before the 200 that confirms it; if it cannot be stored the answer is 503 and
 * Telegram sends it again later. Knows nothing of HTTP servers: the composition root mounts it on one.
 */
public final class WebhookIntake {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookIntake.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    /** What a request got: an HTTP status and a short word for the body. */
    public record Outcome(int status, String text) {
    }

    private final String path;
    private final byte[] secret;
    private final UpdateQueue queue;
    private final Runnable stored;

    public WebhookIntake(String path, String secret, UpdateQueue queue, Runnable stored) {
        this.path = path;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.queue = queue;
        this.stored = stored;
    }

    /** The path of the webhook URL, where the route is mounted. */
    public String path() {
        return path;
    }

    /**
     * @param method      the HTTP method
     * @param givenSecret the value of {@value #SECRET_HEADER}, or null when it is missing
     */
    public Outcome accept(String method, String givenSecret, byte[] body) {
        if (!method.equals("POST")) {
            return new Outcome(405, "method not allowed");
        }
        if (givenSecret == null || !MessageDigest.isEqual(givenSecret.getBytes(StandardCharsets.UTF_8), secret)) {
            LOG.warn("Refused a webhook request without the right secret token");
            return new Outcome(401, "unauthorized");
        }
        JsonNode update;
        try {
            update = JSON.readTree(body);
        } catch (IOException e) {
            return new Outcome(400, "not JSON");
        }
        if (update == null || !update.isObject() || !update.path("update_id").canConvertToLong()) {
            return new Outcome(400, "not an update");
        }
        try {
            queue.store(List.of(new UpdateQueue.Received(update.get("update_id").longValue(), UpdateKeys.of(update),
                    update.toString())));
        } catch (StoreException e) {
            LOG.warn("A pushed update could not be stored; Telegram will send it again: {}", e.getMessage());
            return new Outcome(503, "try again");
        }
        stored.run();
        return new Outcome(200, "ok");
    }
}
