package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Source;
import org.newsdesk.prompts.Messages;
import org.newsdesk.testsupport.BridgeRepairs;

class AnswerFormatTest {

    private final Messages messages = Messages.from(java.nio.file.Path.of("prompts"));
    private final AnswerFormat format = new AnswerFormat(new SourcesBlock(() -> messages,
            new Bylines(() -> messages, Clock.fixed(java.time.Instant.parse("2025-11-01T00:00:00Z"), ZoneOffset.UTC))));
    private final Source sentence = BridgeRepairs.SENTENCE;

    private List<Span> spans(Answer answer) {
        return format.answer(answer, Locale.ENGLISH).spans();
    }

    /** The English heading {@code related} or {@code sources}. */
    private String heading(String block) {
        return messages.text(Locale.ENGLISH, block + ".heading");
    }

    @Test
    void should_show_related_sentences_under_their_own_heading_and_no_sources() {
        // when
        List<Span> spans = spans(BridgeRepairs.declined());

        // then
        assertThat(spans).extracting(Span::text).contains(heading("related")).doesNotContain(heading("sources"));
        assertThat(spans).contains(new Span(sentence.quote(), Span.Style.ITALIC, true));
    }

    @Test
    void should_show_sources_without_a_related_heading_for_an_answer() {
        // when
        List<Span> spans = spans(BridgeRepairs.answered());

        // then the sentence is quoted once, as the answer, and the sources only name its article
        assertThat(spans).extracting(Span::text).contains(heading("sources")).doesNotContain(heading("related"));
        assertThat(spans.get(0)).isEqualTo(new Span(sentence.quote() + " [1]", Span.Style.PLAIN));
        assertThat(spans).filteredOn(span -> span.text().contains(sentence.quote())).hasSize(1);
    }
}
