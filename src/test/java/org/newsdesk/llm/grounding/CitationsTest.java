package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationsTest {

    @Test
    void should_find_single_listed_and_ranged_citations_in_order_of_first_appearance() {
        assertThat(Citations.in("A [3]. B [1, 3]. C [5-6][2].")).containsExactly(3, 1, 5, 6, 2);
    }

    @Test
    void should_renumber_citations_in_the_order_sources_are_listed() {
        assertThat(Citations.renumbered("Eight [4]. Seven [6], [4]. Both [6, 4]."))
                .isEqualTo("Eight [1]. Seven [2], [1]. Both [1, 2].");
    }

    @Test
    void should_strip_citations_for_memory() {
        assertThat(Citations.strip("Eight children returned [2]. Seven went to Ukraine [3][5]."))
                .isEqualTo("Eight children returned. Seven went to Ukraine.");
    }
}
