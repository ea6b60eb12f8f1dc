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
    void should_draw_people_without_titles_and_leave_out_organisations() {
        assertThat(DrawnFacts.people("It came through direct communication with President Vladimir Putin."))
                .containsExactly("Vladimir Putin");
        assertThat(DrawnFacts.people("The International Committee of the Red Cross said ICRC spokeswoman Anna Keller agreed."))
                .containsExactly("Anna Keller");
    }

    @Test
    void should_draw_places_after_a_preposition() {
        assertThat(DrawnFacts.places("Troops were flown to Belarus, according to Ukraine's headquarters in Kyiv."))
                .containsExactly("Belarus", "Kyiv");
    }
}
