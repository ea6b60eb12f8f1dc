package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderCheckTest {

    private static final String SUPPORT = "Barre resigned in 2020, after police searched his office.";

    @Test
    void should_catch_two_events_put_in_the_other_order() {
        ClaimPair pair = ClaimPair.of("Police searched his office after Barre resigned.", SUPPORT);

        assertThat(OrderCheck.reverses(pair.said(), pair.source())).isTrue();
    }

    @Test
    void should_let_the_same_order_in_other_words_through() {
        ClaimPair pair = ClaimPair.of("Police searched his office before Barre resigned.", SUPPORT);

        assertThat(OrderCheck.reverses(pair.said(), pair.source())).isFalse();
    }
}
