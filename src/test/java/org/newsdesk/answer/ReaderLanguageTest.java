package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReaderLanguageTest {

    @Test
    void should_take_cyrillic_with_a_letter_only_ukrainian_has_for_ukrainian() {
        assertThat(ReaderLanguage.of("Скільки дітей повернули?")).isEqualTo(ReaderLanguage.UKRAINIAN);
        assertThat(ReaderLanguage.of("Що сказала Меланія Трамп?")).isEqualTo(ReaderLanguage.UKRAINIAN);
    }

    @Test
    void should_tell_ukrainian_without_its_own_letters_by_its_little_words() {
        assertThat(ReaderLanguage.of("Що сказав Папа Римський про викрадення?")).isEqualTo(ReaderLanguage.UKRAINIAN);
    }

    @Test
    void should_take_other_cyrillic_for_russian() {
        assertThat(ReaderLanguage.of("Сколько детей вернули?")).isEqualTo(ReaderLanguage.RUSSIAN);
        assertThat(ReaderLanguage.of("Что сказал Папа Римский о похищениях?")).isEqualTo(ReaderLanguage.RUSSIAN);
    }

    @Test
    void should_keep_english_for_latin_text_even_with_a_cyrillic_name_in_it() {
        assertThat(ReaderLanguage.of("What did the mayor of Київ say?")).isEqualTo(ReaderLanguage.ENGLISH);
        assertThat(ReaderLanguage.of("How many children were returned?")).isEqualTo(ReaderLanguage.ENGLISH);
        assertThat(ReaderLanguage.of("")).isEqualTo(ReaderLanguage.ENGLISH);
    }

    @Test
    void should_name_the_translated_template_and_fall_back_to_english_where_there_is_none() {
        org.newsdesk.prompts.Prompts prompts = org.newsdesk.prompts.Prompts.bundled();

        assertThat(ReaderLanguage.UKRAINIAN.template(prompts, "llm/notice/unavailable"))
                .isEqualTo("uk/llm/notice/unavailable");
        assertThat(ReaderLanguage.ENGLISH.template(prompts, "answer/not-found")).isEqualTo("answer/not-found");
        assertThat(ReaderLanguage.RUSSIAN.template(prompts, "answer/empty")).isEqualTo("answer/empty");
    }
}
