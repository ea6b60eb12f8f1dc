package org.newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordFormsTest {

    @Test
    void should_compare_irregular_forms_by_the_word_they_are_a_form_of() {
        assertThat(WordForms.base("rose", "VERB")).isEqualTo("rise");
        assertThat(WordForms.base("fell", "VERB")).isEqualTo("fall");
        assertThat(WordForms.base("rose", "NOUN")).isEqualTo("rose");
        assertThat(WordForms.base("children", "NOUN")).isEqualTo("child");
    }

    @Test
    void should_list_the_irregular_forms_of_verbs_alone() {
        assertThat(WordForms.verbForms()).containsEntry("won", "win").containsEntry("paid", "pay")
                .doesNotContainKey("children").allSatisfy((form, base) -> assertThat(form + base).doesNotContain("_"));
    }
}
