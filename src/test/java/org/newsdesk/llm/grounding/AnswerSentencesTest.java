package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerSentencesTest {

    @Test
    void should_keep_a_citation_after_the_full_stop_with_its_sentence() {
        List<AnswerSentence> sentences = AnswerSentences.split("Eight returned. [2] Seven went to Ukraine [5].");

        assertThat(sentences).extracting(AnswerSentence::text)
                .containsExactly("Eight returned. [2]", "Seven went to Ukraine [5].");
        assertThat(sentences).extracting(AnswerSentence::citations).containsExactly(List.of(2), List.of(5));
    }

    @Test
    void should_end_each_sentence_where_the_answer_can_be_cut() {
        String answer = "Eight returned [2].\n- Seven went to Ukraine [5].";

        List<AnswerSentence> sentences = AnswerSentences.split(answer);

        assertThat(answer.substring(0, sentences.get(0).end())).isEqualTo("Eight returned [2].");
        assertThat(sentences.get(1).text()).isEqualTo("- Seven went to Ukraine [5].");
    }

    @Test
    void should_not_end_a_sentence_at_an_abbreviation_or_an_initial() {
        List<AnswerSentence> sentences = AnswerSentences.split(
                "The vote is due on Dec. 12, Gov. Lee said [1]. John F. Smith disagreed [2].");

        assertThat(sentences).extracting(AnswerSentence::text)
                .containsExactly("The vote is due on Dec. 12, Gov. Lee said [1].", "John F. Smith disagreed [2].");
    }
}
