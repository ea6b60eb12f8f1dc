package org.newsdesk.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.newsdesk.stats.Percentiles;

/**
 * Percentiles of a set of timings, in milliseconds (nearest-rank).
 *
 * @param count how many timings
 */
record Latencies(int count, double p50, double p95, double p99, double max) {

    static Latencies ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return new Latencies(0, 0, 0, 0, 0);
        }
        Percentiles percentiles = Percentiles.of(nanos);
        return new Latencies(nanos.length, percentiles.at(0.50) / 1e6, percentiles.at(0.95) / 1e6,
                percentiles.at(0.99) / 1e6, percentiles.max() / 1e6);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The median of one figure of some runs. */
    static <T> double median(List<T> runs, ToDoubleFunction<T> figure) {
        return median(runs.stream().mapToDouble(figure).toArray());
    }
}
