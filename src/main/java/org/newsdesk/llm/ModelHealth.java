package org.newsdesk.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.newsdesk.config.Redactor;
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
    private final Redactor redactor;
    private boolean failing;
    private Instant restingUntil = Instant.MIN;

    /** @param secret a value that must never reach the log (the API key), or null */
    ModelHealth(Duration cooldown, Clock clock, String secret) {
        this.cooldown = cooldown;
        this.clock = clock;
        this.redactor = new Redactor(secret);
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
     * The failure in a few words, the provider's own if it gave any: the first exception in the chain that
     * is more than a wrapper and has a message, else the first that is more than a wrapper
     * ({@code ConnectException}, not {@code RuntimeException: java.net.ConnectException} nor the
     * message-less {@code ClosedChannelException} under it).
     */
    private String describe(Throwable failure) {
        Throwable telling = null;
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (isWrapper(e)) {
                continue;
            }
            if (e.getMessage() != null) {
                telling = e;
                break;
            }
            telling = telling == null ? e : telling;
        }
        Throwable shown = telling == null ? failure : telling;
        return redactor.clean(shown.getClass().getSimpleName() + (shown.getMessage() == null ? "" : ": " + shown.getMessage()));
    }

    private static boolean isWrapper(Throwable failure) {
        Class<?> type = failure.getClass();
        return type == RuntimeException.class || type == java.util.concurrent.ExecutionException.class
                || type == java.util.concurrent.CompletionException.class || type == java.io.UncheckedIOException.class;
    }

    /** Whether a message in the chain repeats the secret, which a stack trace would then print. */
    private boolean mentionsSecret(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e.getMessage() != null && !e.getMessage().equals(redactor.clean(e.getMessage()))) {
                return true;
            }
        }
        return false;
    }
}
