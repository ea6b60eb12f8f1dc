package org.newsdesk.store;

import java.time.Instant;

/** A question the articles did not answer: its text as first asked, how often, first and last asked. */
public record UnansweredQuestion(String question, long count, Instant firstAsked, Instant lastAsked) {

    UnansweredQuestion askedAgain(Instant at) {
        return new UnansweredQuestion(question, count + 1, firstAsked.isBefore(at) ? firstAsked : at,
                lastAsked.isAfter(at) ? lastAsked : at);
    }
}
