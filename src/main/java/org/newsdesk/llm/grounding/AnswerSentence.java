package org.newsdesk.llm.grounding;

import java.util.List;

/**
 * A sentence of an answer with the passage numbers it cites, in order.
 *
 * @param end where the sentence (with its citations) ends in the answer, so a prefix can be cut there
 */
public record AnswerSentence(String text, List<Integer> citations, int end) {

    public AnswerSentence {
        citations = List.copyOf(citations);
    }
}
