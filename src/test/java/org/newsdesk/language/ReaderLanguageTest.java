package org.newsdesk.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReaderLanguageTest {

    @Test
    void should_prefer_the_declared_language_when_every_text_exists_in_it() {
        assertThat(ReaderLanguage.of("uk", "How many children were returned?")).isEqualTo(Language.UKRAINIAN);
        assertThat(ReaderLanguage.of("ru-RU", "")).isEqualTo(Language.RUSSIAN);
    }

    @Test
    void should_follow_the_question_when_the_declared_language_has_not_every_text() {
        assertThat(ReaderLanguage.of("de", "Скільки дітей повернули?")).isEqualTo(Language.UKRAINIAN);
        assertThat(ReaderLanguage.of("en", "Сколько детей вернули?")).isEqualTo(Language.RUSSIAN);
        assertThat(ReaderLanguage.of("pt-br", "")).isEqualTo(Language.ENGLISH);
    }

    @Test
    void should_fall_back_to_english() {
        assertThat(ReaderLanguage.of("", "")).isEqualTo(Language.ENGLISH);
        assertThat(ReaderLanguage.of(null, null)).isEqualTo(Language.ENGLISH);
    }
}
