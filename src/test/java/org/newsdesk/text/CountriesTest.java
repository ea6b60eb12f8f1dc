package org.newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void should_know_countries_and_capitals_in_any_case_and_by_their_newer_names() {
        assertThat(Countries.isCountryOrCapital("Moscow")).isTrue();
        assertThat(Countries.isCountryOrCapital("portugal")).isTrue();
        assertThat(Countries.isCountryOrCapital("Kyiv")).isTrue();
        assertThat(Countries.isCountryOrCapital("Vance")).isFalse();
        assertThat(Countries.capitalsWithTheirCountries()).anySatisfy(group -> assertThat(group).contains("Kyiv", "Ukraine"));
    }

    @Test
    void should_tell_a_capital_from_its_country() {
        assertThat(Countries.isCapital("Colombo")).isTrue();
        assertThat(Countries.isCapital("Kyiv")).isTrue();
        assertThat(Countries.isCapital("Sri Lanka")).isFalse();
        assertThat(Countries.isCapital("Galle")).isFalse();
    }
}
