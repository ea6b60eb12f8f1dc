package org.newsdesk.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Mode;
import org.newsdesk.answer.Source;

/** An answer laid out once: quoted sentences once with article marks, a written answer with its passages. */
class CitedAnswerTest {

    private static final LocalDate DAY = LocalDate.of(2025, 10, 11);

    @Test
    void should_quote_each_sentence_once_and_mark_each_run_of_one_article() {
        // given two sentences of one article and one of another, as an answer made of quotes
        List<Source> sources = List.of(source("a.md", "First."), source("a.md", "Second."), source("b.md", "Third."));
        Answer answer = new Answer("q", "First. Second. Third.", true, sources, Mode.EXTRACTIVE, "", 0);

        // when
        CitedAnswer cited = CitedAnswer.of(answer);

        // then
        assertThat(cited.body()).isEqualTo("First. Second. [1] Third. [2]");
        assertThat(cited.marks()).isEqualTo(Marks.ARTICLES);
        assertThat(cited.sources()).extracting(note -> note.article().document()).containsExactly("a.md", "b.md");
        assertThat(cited.sources()).allSatisfy(note -> assertThat(note.quotes()).isEmpty());
    }

    @Test
    void should_keep_a_written_answer_and_list_its_passages_under_their_articles() {
        // given a model's answer citing three passages, the first and third of one article
        List<Source> sources = List.of(source("a.md", "Passage one."), source("b.md", "Passage two."),
                source("a.md", "Passage three."));
        Answer answer = new Answer("q", "Eight were returned [1][3], and talks go on [2].", true, sources, Mode.LLM, "", 0);

        // when
        CitedAnswer cited = CitedAnswer.of(answer);

        // then
        assertThat(cited.body()).isEqualTo(answer.text());
        assertThat(cited.marks()).isEqualTo(Marks.PASSAGES);
        assertThat(cited.sources()).hasSize(2);
        assertThat(cited.sources().get(0).quotes()).containsExactly(new Cited("Passage one.", 1),
                new Cited("Passage three.", 3));
        assertThat(cited.sources().get(1).quotes()).containsExactly(new Cited("Passage two.", 2));
    }

    @Test
    void should_number_nothing_when_a_written_answer_cites_no_passage_by_number() {
        // given an answer about a report as such, resting on its dateline
        Answer answer = new Answer("q", "The report is from Reuters.", true, List.of(source("a.md", "GENEVA (Reuters) -")),
                Mode.EXTRACTIVE, "", 0);

        // when
        CitedAnswer cited = CitedAnswer.of(answer);

        // then
        assertThat(cited.marks()).isEqualTo(Marks.NONE);
        assertThat(cited.sources()).singleElement().satisfies(note -> assertThat(note.quotes()).hasSize(1));
    }

    @Test
    void should_not_list_again_what_a_text_already_quotes_and_names() {
        // given a feature's text that quotes its sentence and names its article itself
        Source quoted = source("a.md", "Quoted.");
        Answer answer = new Answer("q", "Timeline\n• Quoted. [1]\n\nSources:\n[1] Title a.md — AFP", true,
                List.of(quoted), Mode.EXTRACTIVE, "", 0);

        // when
        CitedAnswer cited = CitedAnswer.of(answer);

        // then
        assertThat(cited.sources()).isEmpty();
    }

    @Test
    void should_group_related_sentences_by_article_apart_from_the_answer() {
        // given a question nothing answers, with two sentences near it from one article
        Answer refusal = new Answer("q", "The stored articles do not say.", false, List.of(),
                List.of(source("a.md", "Near."), source("a.md", "Nearer.")), Mode.EXTRACTIVE, "", 0);

        // when
        CitedAnswer cited = CitedAnswer.of(refusal);

        // then
        assertThat(cited.body()).isEqualTo("The stored articles do not say.");
        assertThat(cited.sources()).isEmpty();
        assertThat(cited.related()).singleElement().satisfies(note -> assertThat(note.quotes())
                .extracting(Cited::text).containsExactly("Near.", "Nearer."));
    }

    static Source source(String document, String quote) {
        return new Source(document, "Title " + document, "AFP", DAY, quote, 0.5);
    }
}
