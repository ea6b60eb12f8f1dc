package org.newsdesk;

import java.io.IOException;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Mode;
import org.newsdesk.config.ConfigurationException;
import org.newsdesk.config.Schema;
import org.newsdesk.config.Settings;
import org.newsdesk.desk.Desk;
import org.newsdesk.http.HealthRoutes;
import org.newsdesk.http.HttpListener;
import org.newsdesk.http.Readiness;
import org.newsdesk.metrics.Metrics;
import org.newsdesk.observe.Observer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Part of the composition root: with {@code NEWSDESK_HTTP_PORT} set, the HTTP listener with health,
 * readiness and metrics, and the observer that feeds them; without it, nothing at all (no listener, no
 * metrics, answers not wrapped).
 */
public final class Monitoring implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Monitoring.class);

    /** No listener, no metrics. */
    public static final Monitoring OFF = new Monitoring(null, null, Observer.NONE);

    private final HttpListener listener;
    private final Metrics metrics;
    private final Observer observer;

    private Monitoring(HttpListener listener, Metrics metrics, Observer observer) {
        this.listener = listener;
        this.metrics = metrics;
        this.observer = observer;
    }

    /**
     * Starts the listener the settings ask for, before anything is loaded, so that probes see the process
     * alive and not yet ready while it loads.
     *
     * @param polling whether readiness waits for a successful poll of Telegram
     */
    public static Monitoring start(Settings settings, boolean polling) throws ConfigurationException {
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

    public Observer observer() {
        return observer;
    }

    Answerer metered(Answerer answerer, Mode mode) {
        return metrics == null ? answerer : metrics.metered(answerer, mode);
    }

    /** Reports the knowledge the desk has in use. */
    public void watch(Desk desk) {
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
