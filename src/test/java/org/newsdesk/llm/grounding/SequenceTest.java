package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SequenceTest {

    @Test
    void should_put_the_event_after_after_first() {
        // when
        List<Set<String>> order = Sequence.of(Statement.of("Barre resigned in 2020, after police searched his office.").tokens)
                .orElseThrow();

        // then
        assertThat(order.get(0)).contains("polic", "search");
        assertThat(order.get(1)).contains("barr", "resign");
    }

    @Test
    void should_read_a_sentence_that_starts_with_before_or_after() {
        // when
        List<Set<String>> before = Sequence.of(Statement.of("Police searched his office before Barre resigned.").tokens)
                .orElseThrow();
        List<Set<String>> after = Sequence.of(Statement.of("After police searched his office, Barre resigned.").tokens)
                .orElseThrow();

        // then
        assertThat(before.get(0)).contains("polic");
        assertThat(after.get(0)).contains("polic");
        assertThat(after.get(1)).contains("resign");
    }

    @Test
    void should_find_no_order_without_a_word_that_orders() {
        assertThat(Sequence.of(Statement.of("Barre resigned in 2020.").tokens)).isEmpty();
    }
}
