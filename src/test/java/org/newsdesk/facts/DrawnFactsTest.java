package org.newsdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DrawnFactsTest {

    @Test
    void should_draw_figures_with_what_they_count_but_not_years() {
        assertThat(DrawnFacts.figures("Russia and Ukraine each released 150 prisoners of war on Saturday in 2025."))
                .containsExactly("150 prisoners of war");
        assertThat(DrawnFacts.figures("Kyiv accused Moscow of abducting almost 20,000 children from the east."))
                .containsExactly("almost 20,000 children");
    }

    @Test
    void should_draw_whole_figures_and_never_a_number_without_its_noun() {
        assertThat(DrawnFacts.figures("The eight included twin girls, and 18,000 people signed the petition."))
                .containsExactly("18,000 people");
        assertThat(DrawnFacts.figures("The county handed over 35 armoured ambulances and £42 million in aid."))
                .containsExactly("35 armoured ambulances", "£42 million");
        assertThat(DrawnFacts.figures("Judges confirmed 14 counts of war crimes, and shares rose 4.1% by noon."))
                .containsExactly("14 counts of war crimes", "4.1%");
        assertThat(DrawnFacts.figures("The vote was 38-21; Bantara, 52, was there with at least 87 civilians."))
                .containsExactly("at least 87 civilians");
    }

    @Test
    void should_draw_people_without_titles_and_leave_out_organisations() {
        assertThat(DrawnFacts.people("It came through direct communication with President Vladimir Putin."))
                .containsExactly("Vladimir Putin");
        assertThat(DrawnFacts.people("The International Committee of the Red Cross said ICRC spokeswoman Anna Keller agreed."))
                .containsExactly("Anna Keller");
        assertThat(DrawnFacts.people("\"It will open in spring,\" Deputy Health Minister Oksana Hrytsenko said."))
                .containsExactly("Oksana Hrytsenko");
        assertThat(DrawnFacts.people("His defense lawyer, Marie-Claire Dufresne, said the judges erred."))
                .containsExactly("Marie-Claire Dufresne");
    }

    @Test
    void should_not_take_libraries_streets_lakes_towns_or_eras_for_people() {
        assertThat(DrawnFacts.people("Visitors to the Viking Age exhibition at Norhavn Central Library walked along "
                + "Harbour Street to the Twin Lakes and on to Port Ellen.")).isEmpty();
    }

    @Test
    void should_draw_places_after_a_preposition() {
        assertThat(DrawnFacts.places("Troops were flown to Belarus, according to Ukraine's headquarters in Kyiv."))
                .containsExactly("Belarus", "Kyiv");
    }

    @Test
    void should_not_take_organisations_or_the_first_word_of_a_longer_name_for_places() {
        assertThat(DrawnFacts.places("She studied at the University of Lisbon and sang at the Methodist church in Harwick."))
                .containsExactly("Harwick");
    }
}
