package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpecificsTest {

    @Test
    void should_take_capitalised_words_and_figures_after_the_first_word_for_names() {
        assertThat(Specifics.namesIn("How many trams did Tallinn buy in 2025?")).containsExactly("Tallinn", "2025");
        assertThat(Specifics.namesIn("What did the US say about Kyiv?")).containsExactly("US", "Kyiv");
        // a figure inside a name or a road number is no figure of its own
        assertThat(Specifics.namesIn("How many does Kalinga 24x7 say were missing?")).containsExactly("Kalinga");
        assertThat(Specifics.namesIn("How long was the N9 closed at 3.15pm?")).isEmpty();
    }

    @Test
    void should_not_take_the_name_of_a_currency_for_a_name_the_article_must_hold() {
        // an article gives "34.8 million Swiss francs ($39.6 million)": no "US" to be found in it
        assertThat(Specifics.namesIn("What did the diamond go for in US dollars?")).isEmpty();
        assertThat(Specifics.namesIn("How much is that in Swiss francs?")).isEmpty();
    }
}
