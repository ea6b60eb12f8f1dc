package org.newsdesk.store;

import java.time.Instant;
import java.util.Locale;

/** A question the articles did not answer: its text as first asked, how often, first and last asked. */
public record UnansweredQuestion(String question, long count, Instant firstAsked, Instant lastAsked) {

    /** How questions are told apart: "Who won?" and "who  won? " are one question. */
    public static String key(String question) {
        return question.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    UnansweredQuestion askedAgain(Instant at) {
        return new UnansweredQuestion(question, count + 1, firstAsked.isBefore(at) ? firstAsked : at,
                lastAsked.isAfter(at) ? lastAsked : at);
    }
}
