package org.newsdesk.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Mode;
import org.newsdesk.index.Snapshot;
import org.newsdesk.observe.Observer;

/**
 * Newsdesk's metrics, in a Prometheus registry. Counters whose labels are known in advance are made
 * once, so recording is an increment, not a lookup.
 */
public final class Metrics implements Observer, AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Map<ModelCall, Counter> modelCalls = new EnumMap<>(ModelCall.class);
    private final AnswerMeters answers;

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        for (ModelCall outcome : ModelCall.values()) {
            modelCalls.put(outcome, Counter.builder("newsdesk.llm.calls").tag("outcome", outcome.label())
                    .description("Questions that went to the language model, by how they ended").register(registry));
        }
        answers = new AnswerMeters(registry);
    }

    /**
     * The answerer, with each answer counted by mode and outcome and timed.
     *
     * @param mode how it answers when all goes well, the label of its errors
     */
    public Answerer metered(Answerer answerer, Mode mode) {
        return new MeteredAnswerer(answerer, answers, mode);
    }

    /** Gauges of the knowledge in use, read from the current snapshot at each scrape. */
    public void watch(Supplier<Snapshot> knowledge) {
        // held strongly: Micrometer keeps a gauge's object weakly, and nothing else holds this supplier
        Gauge.builder("newsdesk.articles", knowledge, current -> current.get().articles().size())
                .description("Articles in use").strongReference(true).register(registry);
        Gauge.builder("newsdesk.passages", knowledge, current -> current.get().passages().size())
                .description("Passages (sentences) in use").strongReference(true).register(registry);
    }

    /** Everything in Prometheus' text format. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void reloaded(boolean applied, int articles, int failed) {
        String outcome = !applied ? "kept" : failed > 0 ? "applied_with_failures" : "applied";
        registry.counter("newsdesk.reloads", "outcome", outcome).increment();
    }

    @Override
    public void modelCalled(ModelCall outcome) {
        modelCalls.get(outcome).increment();
    }

    @Override
    public void telegramCalled(String method, String status) {
        registry.counter("newsdesk.telegram.requests", "method", method, "status", status).increment();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
