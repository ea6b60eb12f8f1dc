package org.newsdesk.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the model is answering. A failure is logged once when an outage starts and once when it
 * ends, not once per message; for a cooldown after each failure, questions skip the model and are
 * answered at once from the articles instead of waiting on another timeout.
 */
final class ModelHealth {

    private static final Logger LOG = LoggerFactory.getLogger(ModelHealth.class);

    private final Duration cooldown;
    private final Clock clock;
    private final String secret;
    private boolean failing;
    private Instant restingUntil = Instant.MIN;

    /** @param secret a value that must never reach the log (the API key), or null */
    ModelHealth(Duration cooldown, Clock clock, String secret) {
        this.cooldown = cooldown;
        this.clock = clock;
        this.secret = secret;
    }

    synchronized boolean resting() {
        return clock.instant().isBefore(restingUntil);
    }

    /** Logs one line when an outage starts; LangChain4j's own stack trace only at DEBUG (and never with the key). */
    synchronized void failed(Throwable failure) {
        restingUntil = clock.instant().plus(cooldown);
        if (!failing) {
            failing = true;
            LOG.warn("The language model is not answering ({}); answering from the articles directly, "
                    + "and trying the model again after {} s", describe(failure), cooldown.toSeconds());
        } else {
            LOG.debug("The language model is still not answering: {}", describe(failure));
        }
        if (LOG.isDebugEnabled() && !mentionsSecret(failure)) {
            LOG.debug("The model call failed", failure);
        }
    }

    synchronized void answered() {
        if (failing) {
            failing = false;
            LOG.info("The language model is answering again");
        }
    }

    /**
     * The failure in a few words: the first exception in the chain that is more than a wrapper
     * ({@code RuntimeException: java.net.ConnectException} says less than {@code ConnectException}).
     */
    private String describe(Throwable failure) {
        Throwable telling = failure;
        while (isWrapper(telling) && telling.getCause() != null && telling.getCause() != telling) {
            telling = telling.getCause();
        }
        String message = telling.getClass().getSimpleName()
                + (telling.getMessage() == null ? "" : ": " + telling.getMessage());
        return secret == null || secret.isEmpty() ? message : message.replace(secret, "****");
    }

    private static boolean isWrapper(Throwable failure) {
        Class<?> type = failure.getClass();
        return type == RuntimeException.class || type == java.util.concurrent.ExecutionException.class
                || type == java.util.concurrent.CompletionException.class || type == java.io.UncheckedIOException.class;
    }

    private boolean mentionsSecret(Throwable failure) {
        if (secret == null || secret.isEmpty()) {
            return false;
        }
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e.getMessage() != null && e.getMessage().contains(secret)) {
                return true;
            }
        }
        return false;
    }
}
