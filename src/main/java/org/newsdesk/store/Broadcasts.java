package org.newsdesk.store;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Asks the other running instances to do something (an administrator's {@code /reload}, which the asking
 * instance does itself) and collects what each reports. With one process there are no others. Thread-safe.
 */
public interface Broadcasts extends AutoCloseable {

    /** What one instance reported. */
    record Result(String instance, String text) {
    }

    /** The other instances' reports, and how many instances were running but did not report in time. */
    record Results(List<Result> reports, int silent) {
    }

    /** Handles requests on {@code topic} on this instance: {@code handler} does the work and reports in one text. */
    void serve(String topic, Supplier<String> handler);

    /**
     * Has every other running instance that serves {@code topic} do it, and returns their reports; waits up to
     * {@code patience} for them (an instance that does not report in time is counted as silent).
     */
    Results ask(String topic, Duration patience);

    @Override
    void close();

    /** Broadcasts of a single process: there is nobody else to ask. */
    static Broadcasts alone() {
        return new Broadcasts() {
            @Override
            public void serve(String topic, Supplier<String> handler) {
                // nobody else asks
            }

            @Override
            public Results ask(String topic, Duration patience) {
                return new Results(List.of(), 0);
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }
}
