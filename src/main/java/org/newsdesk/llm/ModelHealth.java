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

    synchronized void failed(Throwable failure) {
        restingUntil = clock.instant().plus(cooldown);
        if (!failing) {
            failing = true;
            LOG.warn("The language model is not answering ({}); answering from the articles directly, "
                    + "and trying the model again after {} s", describe(failure), cooldown.toSeconds());
        } else {
            LOG.debug("The language model is still not answering: {}", describe(failure));
        }
    }

    synchronized void answered() {
        if (failing) {
            failing = false;
            LOG.info("The language model is answering again");
        }
    }

    /** The root cause alone: the provider's own words, without the layers LangChain4j wraps around them. */
    private String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return redactor.clean(root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage()));
    }
}
