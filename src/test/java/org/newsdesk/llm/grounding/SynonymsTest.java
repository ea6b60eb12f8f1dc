package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SynonymsTest {

    @Test
    void should_know_verbs_of_saying_of_one_meaning_by_their_stems() {
        assertThat(Synonyms.verbs("contest", "disput")).isTrue();
        assertThat(Synonyms.verbs("disput", "contest")).isTrue();
        assertThat(Synonyms.verbs("recommend", "advis")).isTrue();
        assertThat(Synonyms.verbs("say", "state")).isTrue();
    }

    @Test
    void should_not_take_opposites_or_unrelated_words_for_synonyms() {
        assertThat(Synonyms.verbs("deni", "confirm")).isFalse();
        assertThat(Synonyms.verbs("say", "disput")).isFalse();
        assertThat(Synonyms.verbs("announc", "deni")).isFalse();
    }
}
