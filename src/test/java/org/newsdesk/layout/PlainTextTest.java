package org.newsdesk.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Mode;
import org.newsdesk.answer.Source;
import org.newsdesk.prompts.Messages;

/** The layouts as plain text: each sentence once, each article once. */
class PlainTextTest {

    private final PlainText plain = new PlainText(Messages.bundled(), Locale.ENGLISH, LocalDate.of(2026, 1, 11));

    @Test
    void should_quote_an_extractive_answer_once_and_name_its_article_once() {
        // given
        List<Source> sources = List.of(CitedAnswerTest.source("a.md", "First."), CitedAnswerTest.source("a.md", "Second."));
        Answer answer = new Answer("q", "First. Second.", true, sources, Mode.EXTRACTIVE, "", 0);

        // when
        String text = plain.answer(answer);

        // then
        assertThat(text).isEqualTo("First. Second. [1]\n\nSources:\n"
                + "[1] Title a.md — AFP, 11 October 2025 (3 months ago)\n    (a.md)");
    }

    @Test
    void should_list_a_written_answers_passages_with_their_marks() {
        // given
        Answer answer = new Answer("q", "It happened [1].", true, List.of(CitedAnswerTest.source("a.md", "Passage.")),
                Mode.LLM, "", 0);

        // when
        String text = plain.answer(answer);

        // then
        assertThat(text).contains("\n• Title a.md — AFP").contains("\n    [1] “Passage.”");
    }
}
