package org.newsdesk.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.newsdesk.answer.Mode;

/** The answer counters ({@code newsdesk_answers_total{mode,outcome}}) and the latency histogram. */
final class AnswerMeters {

    /** How a question ended. */
    enum Outcome {
        /** The articles answer it. */
        ANSWERED,
        /** The articles do not say. */
        NOT_STATED,
        /** Refused before any search: empty, too long, or only instructions to the bot. */
        REFUSED,
        /** Answering failed with an error. */
        ERROR;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Bucket bounds of the latency histogram: offline answers take about 10 ms (p50 at 1,000 articles,
     * BENCHMARKS.md), model answers seconds, and a model call gives up at 60 s by default.
     */
    static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofSeconds(60)};

    private final Map<String, Counter> counters = new HashMap<>();
    private final Timer latency;

    AnswerMeters(MeterRegistry registry) {
        for (Mode mode : Mode.values()) {
            for (Outcome outcome : Outcome.values()) {
                counters.put(key(mode, outcome), Counter.builder("newsdesk.answers").tag("mode", mode.label())
                        .tag("outcome", outcome.label()).description("Questions answered, by mode and outcome")
                        .register(registry));
            }
        }
        latency = Timer.builder("newsdesk.answer").description("Time to answer a question")
                .serviceLevelObjectives(BUCKETS).register(registry);
    }

    void record(Mode mode, Outcome outcome, long nanos) {
        counters.get(key(mode, outcome)).increment();
        latency.record(nanos, TimeUnit.NANOSECONDS);
    }

    private static String key(Mode mode, Outcome outcome) {
        return mode.name() + outcome.name();
    }
}
