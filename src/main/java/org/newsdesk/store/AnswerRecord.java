package org.newsdesk.store;

import java.time.Instant;
import java.util.List;

/**
 * An answer as kept for its buttons and for the editors: what was asked, what was answered and what it
 * quoted; never who asked.
 *
 * @param id         the short id its buttons carry ({@link AnswerIds})
 * @param earlier    the questions before it in its conversation, which a follow-up leans on
 * @param answerable whether the articles answered it
 * @param sources    the sentences it quoted, best first
 */
public record AnswerRecord(String id, String question, List<String> earlier, String answer, boolean answerable,
                           List<QuotedSource> sources, Instant answered) {

    public AnswerRecord {
        earlier = List.copyOf(earlier);
        sources = List.copyOf(sources);
    }
}
