package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OppositesTest {

    @Test
    void should_know_opposite_verbs_by_their_stems() {
        assertThat(Opposites.opposite("acquit", "convict")).isTrue();
        assertThat(Opposites.opposite("convict", "acquit")).isTrue();
        assertThat(Opposites.opposite("approv", "reject")).isTrue();
        assertThat(Opposites.opposite("rise", "fall")).isTrue();
    }

    @Test
    void should_know_superlatives_and_comparatives_by_their_plain_forms() {
        assertThat(Opposites.opposite("highest", "lowest")).isTrue();
        assertThat(Opposites.opposite("biggest", "smallest")).isTrue();
        assertThat(Opposites.opposite("higher", "lower")).isTrue();
        assertThat(Opposites.opposite("highest", "oldest")).isFalse();
    }

    @Test
    void should_know_a_plain_form_against_an_irregular_degree_by_its_regular_opposite() {
        assertThat(Opposites.opposite("few", "most")).isTrue();
        assertThat(Opposites.opposite("most", "few")).isTrue();
        assertThat(Opposites.opposite("many", "most")).isFalse();
    }

    @Test
    void should_not_take_synonyms_or_unrelated_words_for_opposites() {
        assertThat(Opposites.opposite("approv", "grant")).isFalse();
        assertThat(Opposites.opposite("reject", "declin")).isFalse();
        assertThat(Opposites.opposite("arrest", "extradit")).isFalse();
    }
}
