package org.newsdesk.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BylineTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 20);
    private final Messages messages = Messages.bundled();

    @Test
    void should_write_the_date_in_the_language_the_byline_is_written_in() {
        // given: French has the replies about a question only; its byline text falls back to English
        Byline french = new Byline(messages, Locale.FRENCH, TODAY);
        Byline ukrainian = new Byline(messages, Locale.forLanguageTag("uk"), TODAY);

        // when / then
        assertThat(french.of("AFP", LocalDate.of(2025, 8, 3))).isEqualTo("AFP, 3 August 2025 (2 months ago)");
        assertThat(ukrainian.of("AFP", LocalDate.of(2025, 8, 3))).startsWith("AFP, 3 серпня 2025 (");
    }

    @Test
    void should_name_the_language_a_text_is_written_in() {
        assertThat(messages.languageOf(Locale.FRENCH, "byline.dated")).isEqualTo(Messages.REFERENCE);
        assertThat(messages.languageOf(Locale.FRENCH, "answer.english-only")).isEqualTo(Locale.FRENCH);
        assertThat(messages.languageOf(Locale.forLanguageTag("ru"), "timeline.heading"))
                .isEqualTo(Locale.forLanguageTag("ru"));
    }
}
