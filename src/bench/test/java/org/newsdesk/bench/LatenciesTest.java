package org.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void should_take_nearest_rank_percentiles_in_milliseconds() {
        // given one to a hundred milliseconds, shuffled
        long[] nanos = LongStream.rangeClosed(1, 100).map(ms -> ((ms * 37) % 100 + 1) * 1_000_000).toArray();

        // when
        Latencies latencies = Latencies.ofNanos(nanos);

        // then
        assertThat(latencies).isEqualTo(new Latencies(100, 50, 95, 99, 100));
    }

    @Test
    void should_report_zeros_for_no_timings_and_the_middle_for_a_median() {
        assertThat(Latencies.ofNanos(new long[0]).count()).isZero();
        assertThat(Latencies.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(Latencies.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
    }
}
