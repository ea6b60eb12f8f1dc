package org.newsdesk.store;

/** An answer with how many readers found it helpful and not helpful, and when it was last rated. */
public record RatedAnswer(AnswerRecord answer, long helpful, long notHelpful, java.time.Instant lastRated) {
}
