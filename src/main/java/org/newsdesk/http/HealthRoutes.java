package org.newsdesk.http;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** {@code /healthz}, {@code /readyz} and {@code /metrics}, mounted on a listener. */
public final class HealthRoutes {

    /** The content type of Prometheus' text exposition format. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private HealthRoutes() {
    }

    /**
     * @param readiness what {@code /readyz} reports
     * @param metrics   the metrics in Prometheus' text format, as of each call
     */
    public static void mount(HttpListener listener, Readiness readiness, Supplier<String> metrics) {
        listener.route("/healthz", HttpListener.Route.get(request -> HttpListener.Response.text(200, "ok")));
        listener.route("/readyz", HttpListener.Route.get(request -> readiness.problem()
                .map(problem -> HttpListener.Response.text(503, problem))
                .orElseGet(() -> HttpListener.Response.text(200, "ready"))));
        listener.route("/metrics", HttpListener.Route.get(request -> new HttpListener.Response(200, PROMETHEUS_TEXT,
                metrics.get().getBytes(StandardCharsets.UTF_8))));
    }
}
