package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void should_read_digits_with_any_grouping_as_one_value() {
        assertThat(Figures.valuesIn("almost 20,000 children")).containsExactly(value(20000));
        assertThat(Figures.valuesIn("майже 20 000 дітей")).containsExactly(value(20000));
        assertThat(Figures.valuesIn("1,5 мільйона")).containsExactly(value(1_500_000));
    }

    @Test
    void should_read_number_words_in_english_ukrainian_and_russian() {
        assertThat(Figures.valuesIn("Eight children")).containsExactly(value(8));
        assertThat(Figures.valuesIn("вісім дітей повернули")).containsExactly(value(8));
        assertThat(Figures.valuesIn("восемь детей вернули")).containsExactly(value(8));
        assertThat(Figures.valuesIn("Сім із них")).containsExactly(value(7));
    }

    @Test
    void should_combine_a_figure_with_its_scale_word() {
        assertThat(Figures.valuesIn("майже 20 тисяч дітей")).containsExactly(value(20000));
        assertThat(Figures.valuesIn("twenty thousand children")).containsExactly(value(20000));
        assertThat(Figures.valuesIn("двадцять п'ять")).containsExactly(value(25));
    }

    @Test
    void should_keep_separate_figures_apart() {
        assertThat(Figures.valuesIn("in 2022 400 children, dated 2025-10-11"))
                .containsExactly(value(2022), value(400), value(2025), value(10), value(11));
    }

    @Test
    void should_ignore_words_that_only_look_like_figures() {
        assertThat(Figures.in("one young girl went back; thousands of people; семья")).isEmpty();
    }

    private static BigDecimal value(long number) {
        return BigDecimal.valueOf(number).stripTrailingZeros();
    }
}
