package org.newsdesk.cli;

import java.io.IOException;
import org.newsdesk.answer.Mode;
import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Schema;
import org.newsdesk.config.Settings;
import org.newsdesk.desk.Desk;
import org.newsdesk.http.HealthRoutes;
import org.newsdesk.http.HttpListener;
import org.newsdesk.http.Readiness;
import org.newsdesk.llm.Assistants;
import org.newsdesk.metrics.Metrics;
import org.newsdesk.observe.Observer;
import org.newsdesk.telegram.intake.WebhookIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With {@code NEWSDESK_HTTP_PORT} set, the HTTP listener with health,
 * readiness and metrics, and the observer that feeds them; without it, nothing at all (no listener, no
 * metrics, answers not wrapped).
 */
record Monitoring(HttpListener listener, Metrics metrics, Observer observer) implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Monitoring.class);

    /** No listener, no metrics. */
    static final Monitoring OFF = new Monitoring(null, null, Observer.NONE);

    /**
     * Starts the listener the settings ask for, before anything is loaded, so that probes see the process
     * alive and not yet ready while it loads.
     *
     * @param polling whether readiness waits for a successful poll of Telegram
     */
    static Monitoring start(Settings settings, boolean polling) throws ConfigurationException {
        if (settings.integer(Schema.HTTP_PORT).isEmpty()) {
            return OFF;
        }
        String host = settings.get(Schema.HTTP_HOST).orElseThrow();
        HttpListener listener;
        try {
            listener = HttpListener.start(host, settings.integer(Schema.HTTP_PORT).orElseThrow());
        } catch (IOException | RuntimeException e) {
            throw new ConfigurationException("cannot listen on " + host + ":" + settings.integer(Schema.HTTP_PORT)
                    .orElseThrow() + " (" + Schema.HTTP_HOST.key() + ", " + Schema.HTTP_PORT.key() + "): " + e.getMessage());
        }
        Metrics metrics = new Metrics();
        Readiness readiness = new Readiness(polling);
        HealthRoutes.mount(listener, readiness, metrics::scrape);
        LOG.info("Health and metrics on http://{}:{} (/healthz, /readyz, /metrics)", listener.host(), listener.port());
        return new Monitoring(listener, metrics, Observer.all(metrics, readiness));
    }

    /** Serves Telegram's webhook on the listener (webhook mode needs one; the command checks it is configured). */
    void mount(WebhookIntake webhook) {
        listener.route(webhook.path(), request -> {
            WebhookIntake.Outcome outcome = webhook.accept(request.method(),
                    request.headers().getFirst(WebhookIntake.SECRET_HEADER), request.body());
            return HttpListener.Response.text(outcome.status(), outcome.text());
        });
    }

    /** The assistants, with every answer counted and timed. */
    Assistants metered(Assistants assistants, Mode mode) {
        return metrics == null ? assistants
                : new Assistants(metrics.metered(assistants.answerer(), mode), assistants.summarizer());
    }

    /** Reports the knowledge the desk has in use. */
    void watch(Desk desk) {
        if (metrics != null) {
            metrics.watch(desk::snapshot);
        }
    }

    @Override
    public void close() {
        if (listener != null) {
            listener.close();
            metrics.close();
        }
    }
}
