package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountTest {

    @Test
    void should_pair_a_figure_with_the_nouns_after_it() {
        List<Count> counts = Count.in(Statement.of("The union wants a 6 percent raise for 12 wounded servicemen.").tokens);

        assertThat(counts).extracting(Count::value).containsExactly(new BigDecimal("6"), new BigDecimal("12"));
        assertThat(counts.get(0).nouns()).contains("percent");
        assertThat(counts.get(1).nouns()).contains("servicemen");
    }

    @Test
    void should_count_with_ordinals_and_not_with_years() {
        List<Count> counts = Count.in(Statement.of("In 2019 it was the third exchange of prisoners.").tokens);

        assertThat(counts).extracting(Count::value).containsExactly(new BigDecimal("3"));
    }

    @Test
    void should_take_a_figure_after_a_month_for_a_day_that_counts_nothing() {
        List<Count> counts = Count.in(Statement.of("The striker missed a March 14 game and 5 games after it.").tokens);

        assertThat(counts).extracting(Count::value).containsExactly(new BigDecimal("5"));
    }

    @Test
    void should_count_a_figure_joined_to_its_noun_apart_from_the_figure_before_it() {
        List<Count> counts = Count.in(Statement.of("Thieves took two 17th-century paintings.").tokens);

        assertThat(counts).extracting(Count::value).containsExactly(new BigDecimal("2"), new BigDecimal("17"));
    }

    @Test
    void should_tell_which_counts_count_the_same_thing() {
        List<Count> counts = Count.in(Statement.of("Members want a 6 percent raise; employers offer 3 percent.").tokens);

        assertThat(counts.get(1).sameThing(counts.get(0))).isTrue();
        assertThat(counts.get(1).sharedNouns(counts.get(0))).isEqualTo(1);
    }
}
