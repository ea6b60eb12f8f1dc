package org.newsdesk.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReaderLanguageTest {

    @Test
    void should_take_cyrillic_with_a_letter_only_ukrainian_has_for_ukrainian() {
        assertThat(ReaderLanguage.of("Скільки дітей повернули?")).isEqualTo(ReaderLanguage.UKRAINIAN);
        assertThat(ReaderLanguage.of("Що сказала Меланія Трамп?")).isEqualTo(ReaderLanguage.UKRAINIAN);
    }

    @Test
    void should_take_other_cyrillic_for_russian() {
        assertThat(ReaderLanguage.of("Сколько детей вернули?")).isEqualTo(ReaderLanguage.RUSSIAN);
    }

    @Test
    void should_keep_english_for_latin_text_even_with_a_cyrillic_name_in_it() {
        assertThat(ReaderLanguage.of("What did the mayor of Київ say?")).isEqualTo(ReaderLanguage.ENGLISH);
        assertThat(ReaderLanguage.of("How many children were returned?")).isEqualTo(ReaderLanguage.ENGLISH);
        assertThat(ReaderLanguage.of("")).isEqualTo(ReaderLanguage.ENGLISH);
    }

    @Test
    void should_name_the_translated_template_under_the_language_folder() {
        assertThat(ReaderLanguage.UKRAINIAN.template("llm/notice/unavailable")).isEqualTo("uk/llm/notice/unavailable");
        assertThat(ReaderLanguage.ENGLISH.template("answer/not-found")).isEqualTo("answer/not-found");
    }
}
