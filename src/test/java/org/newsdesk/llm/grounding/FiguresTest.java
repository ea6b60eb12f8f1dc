package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            almost 20,000 children | 20000
            майже 20 000 дітей     | 20000
            1,5 мільйона           | 1500000
            """)
    void should_read_digits_with_any_grouping_as_one_value(String text, long expected) {
        assertThat(Figures.valuesIn(text)).containsExactly(value(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Eight children         | 8
            вісім дітей повернули  | 8
            восемь детей вернули   | 8
            Сім із них             | 7
            """)
    void should_read_number_words_in_english_ukrainian_and_russian(String text, long expected) {
        assertThat(Figures.valuesIn(text)).containsExactly(value(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            майже 20 тисяч дітей      | 20000
            twenty thousand children  | 20000
            двадцять п'ять            | 25
            within a decade           | 10
            two decades of war        | 20
            """)
    void should_combine_a_figure_with_its_scale_word(String text, long expected) {
        assertThat(Figures.valuesIn(text)).containsExactly(value(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a hundred and eighty thousand hens | 180000
            two thousand and five votes        | 2005
            a hundred and one days             | 101
            a thirty-one-year-old engineer     | 31
            forty-one voters                   | 41
            """)
    void should_read_and_after_a_scale_word_and_one_after_a_tens_word_as_parts_of_one_number(String text, long expected) {
        assertThat(Figures.valuesIn(text)).containsExactly(value(expected));
    }

    @Test
    void should_not_join_figures_across_an_and_that_no_scale_word_comes_before() {
        assertThat(Figures.valuesIn("aged forty-one, fifty-two and fifty-eight"))
                .containsExactly(value(41), value(52), value(58));
        assertThat(Figures.valuesIn("a hundred and then some, thirty one-off payments"))
                .containsExactly(value(100), value(30));
    }

    @Test
    void should_keep_separate_figures_apart() {
        assertThat(Figures.valuesIn("in 2022 400 children, dated 2025-10-11"))
                .containsExactly(value(2022), value(400), value(2025), value(10), value(11));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            three tenths of a point       | 0.3
            seven tenths of a second      | 0.7
            five hundredths of a gram     | 0.05
            """)
    void should_read_a_number_before_a_denominator_as_a_fraction(String text, String expected) {
        assertThat(Figures.valuesIn(text)).containsExactly(new BigDecimal(expected));
        // the fraction is its own value, not the number before it
        assertThat(Figures.valuesIn(text)).doesNotContain(new BigDecimal(expected).movePointRight(
                expected.contains("0.0") ? 2 : 1).stripTrailingZeros());
    }

    @Test
    void should_not_read_a_denominator_alone_as_a_figure() {
        assertThat(Figures.in("the tenth eruption since 2023, a hundredth of the cost")).extracting(Figures.Figure::written)
                .containsExactly("2023");
    }

    @Test
    void should_ignore_words_that_only_look_like_figures() {
        assertThat(Figures.in("one young girl went back; thousands of people; семья")).isEmpty();
    }

    private static BigDecimal value(long number) {
        return BigDecimal.valueOf(number).stripTrailingZeros();
    }
}
