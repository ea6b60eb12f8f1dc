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
    void should_know_no_country_for_another_word() {
        assertThat(Nationalities.countriesOf("Vance")).isEmpty();
        assertThat(Nationalities.isAdjective("police")).isFalse();
    }
}
