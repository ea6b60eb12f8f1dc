package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Mode;
import org.newsdesk.answer.Source;
import org.newsdesk.prompts.Messages;

class AnswerFormatTest {

    private final Messages messages = Messages.from(java.nio.file.Path.of("prompts"));
    private final AnswerFormat format = new AnswerFormat(() -> messages,
            new Bylines(() -> messages, Clock.fixed(java.time.Instant.parse("2025-11-01T00:00:00Z"), ZoneOffset.UTC)));
    private final Source sentence = new Source("bridge.md", "Bridge closes for repairs", "AP",
            LocalDate.of(2025, 10, 1), "Repairs on the bridge began on Monday.", 0.4);

    @Test
    void should_show_related_sentences_under_their_own_heading_and_no_sources() {
        // given
        Answer declined = new Answer("How much did the repairs cost?", "The articles do not say how much the repairs cost.",
                false, List.of(), List.of(sentence), Mode.EXTRACTIVE, "", 3);

        // when
        List<Span> spans = format.answer(declined, Locale.ENGLISH).spans();

        // then
        assertThat(spans).extracting(Span::text).contains(messages.text(Locale.ENGLISH, "related.heading"))
                .doesNotContain(messages.text(Locale.ENGLISH, "sources.heading"));
        assertThat(spans).contains(new Span(sentence.quote(), Span.Style.QUOTE));
    }

    @Test
    void should_show_sources_without_a_related_heading_for_an_answer() {
        // given
        Answer answered = new Answer("When did repairs begin?", sentence.quote(), true, List.of(sentence),
                Mode.EXTRACTIVE, "", 3);

        // when
        List<Span> spans = format.answer(answered, Locale.ENGLISH).spans();

        // then
        assertThat(spans).extracting(Span::text).contains(messages.text(Locale.ENGLISH, "sources.heading"))
                .doesNotContain(messages.text(Locale.ENGLISH, "related.heading"));
    }
}
