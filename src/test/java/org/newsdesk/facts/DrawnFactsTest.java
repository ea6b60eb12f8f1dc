package org.newsdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DrawnFactsTest {

    // the figures drawn, in order, are separated by "; "
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Russia and Ukraine each released 150 prisoners of war on Saturday in 2025.  | 150 prisoners of war
            Kyiv accused Moscow of abducting almost 20,000 children from the east.      | almost 20,000 children
            """)
    void should_draw_figures_with_what_they_count_but_not_years(String sentence, String drawn) {
        assertThat(FigureFinder.figures(sentence)).containsExactly(drawn.split("; "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The eight included twin girls, and 18,000 people signed the petition.       | 18,000 people
            The county handed over 35 armoured ambulances and £42 million in aid.       | 35 armoured ambulances; £42 million
            Judges confirmed 14 counts of war crimes, and shares rose 4.1% by noon.     | 14 counts of war crimes; 4.1%
            The vote was 38-21; Bantara, 52, was there with at least 87 civilians.      | at least 87 civilians
            """)
    void should_draw_whole_figures_and_never_a_number_without_its_noun(String sentence, String drawn) {
        assertThat(FigureFinder.figures(sentence)).containsExactly(drawn.split("; "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            It came through direct communication with President Vladimir Putin.                 | Vladimir Putin
            The International Committee of the Red Cross said ICRC spokeswoman Anna Keller agreed. | Anna Keller
            "It will open in spring," Deputy Health Minister Oksana Hrytsenko said.             | Oksana Hrytsenko
            His defense lawyer, Marie-Claire Dufresne, said the judges erred.                   | Marie-Claire Dufresne
            """)
    void should_draw_people_without_titles_and_leave_out_organisations(String sentence, String person) {
        assertThat(PersonFinder.people(sentence)).containsExactly(person);
    }

    @Test
    void should_not_take_libraries_streets_lakes_towns_or_eras_for_people() {
        assertThat(PersonFinder.people("Visitors to the Viking Age exhibition at Norhavn Central Library walked along "
                + "Harbour Street to the Twin Lakes and on to Port Ellen.")).isEmpty();
    }

    @Test
    void should_draw_places_after_a_preposition() {
        assertThat(PlaceFinder.places("Troops were flown to Belarus, according to Ukraine's headquarters in Kyiv."))
                .containsExactly("Belarus", "Kyiv");
    }

    @Test
    void should_not_take_organisations_or_the_first_word_of_a_longer_name_for_places() {
        assertThat(PlaceFinder.places("She studied at the University of Lisbon and sang at the Methodist church in Harwick."))
                .containsExactly("Harwick");
    }
}
