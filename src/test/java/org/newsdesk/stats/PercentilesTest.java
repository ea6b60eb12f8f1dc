package org.newsdesk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void should_pick_the_nearest_rank_from_unsorted_values() {
        // given
        long[] values = {70, 10, 100, 40, 20, 90, 30, 60, 50, 80};

        // when
        Percentiles percentiles = Percentiles.of(values);

        // then
        assertThat(percentiles.at(0.50)).isEqualTo(50);
        assertThat(percentiles.at(0.95)).isEqualTo(100);
        assertThat(percentiles.at(0.10)).isEqualTo(10);
        assertThat(percentiles.at(0)).isEqualTo(10);
        assertThat(percentiles.max()).isEqualTo(100);
        assertThat(values[0]).as("the caller's array is left as it was").isEqualTo(70);
    }

    @Test
    void should_give_the_only_value_for_every_share_and_refuse_none() {
        assertThat(Percentiles.of(new long[] {7}).at(0.99)).isEqualTo(7);
        assertThatThrownBy(() -> Percentiles.of(new long[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
