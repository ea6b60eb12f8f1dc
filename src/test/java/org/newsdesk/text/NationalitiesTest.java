package org.newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NationalitiesTest {

    @Test
    void should_know_the_country_of_an_adjective_in_any_case() {
        assertThat(Nationalities.countriesOf("Portuguese")).contains("Portugal");
        assertThat(Nationalities.countriesOf("belgian")).contains("Belgium");
        assertThat(Nationalities.isAdjective("Dutch")).isTrue();
    }

    @Test
    void should_know_the_adjectives_wordnet_ties_to_no_country() {
        assertThat(Nationalities.countriesOf("British")).contains("United Kingdom", "Britain");
        assertThat(Nationalities.countriesOf("Chinese")).contains("China");
        assertThat(Nationalities.countriesOf("irish")).contains("Ireland");
        // an adjective of two countries stands for neither
        assertThat(Nationalities.isAdjective("Korean")).isFalse();
    }

    @Test
    void should_know_no_country_for_another_word() {
        assertThat(Nationalities.countriesOf("Vance")).isEmpty();
        assertThat(Nationalities.isAdjective("police")).isFalse();
    }
}
