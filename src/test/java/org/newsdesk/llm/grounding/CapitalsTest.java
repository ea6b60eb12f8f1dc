package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapitalsTest {

    @Test
    void should_take_a_country_for_its_capital_and_the_capital_for_its_country() {
        assertThat(Capitals.standInWords("Russia said", "Moscow said")).containsExactly("russia");
        assertThat(Capitals.standInWords("the United States imposed", "Washington imposed"))
                .containsExactlyInAnyOrder("united", "states");
        assertThat(Capitals.standInWords("Kyiv declined", "Ukraine declined")).containsExactly("kyiv");
    }

    @Test
    void should_take_a_country_but_not_its_capital_for_the_adjective_of_the_country() {
        String source = "Polaris, the Finnish airline, gives up slots at Riga airport.";

        assertThat(Capitals.standInWords("Finland's Polaris gives up slots at Riga airport.", source))
                .containsExactly("finland");
        assertThat(Capitals.standInWords("Polaris gives up slots at Helsinki airport.", source)).isEmpty();
    }

    @Test
    void should_not_take_one_country_for_another_capital() {
        assertThat(Capitals.standInWords("Croatia said", "Rome said")).isEmpty();
        assertThat(Capitals.standInWords("Stockholm has said", "Berlin has said")).isEmpty();
    }

    @Test
    void should_not_take_a_country_for_its_capital_as_the_place_where_something_is() {
        // a country's name does not say which of its towns: "in Lima" is no restatement of "in Cusco, Peru"
        assertThat(Capitals.standInWords("The summit opened in Lima.", "The summit opened in Cusco, Peru.")).isEmpty();
        assertThat(Capitals.standInWords("Lima said the summit opened.", "Peru said the summit opened.")).containsExactly("lima");
        // the capital under another of its names still says where
        assertThat(Capitals.standInWords("Talks were held in Kiev.", "Talks were held in Kyiv.")).containsExactly("kiev");
    }

    @Test
    void should_read_names_as_written() {
        assertThat(Capitals.in("a turkey for dinner")).isEmpty();
        assertThat(Capitals.in("Turkey's president")).hasSize(1);
    }
}
