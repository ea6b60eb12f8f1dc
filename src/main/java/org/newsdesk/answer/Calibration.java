package org.newsdesk.answer;

/**
 * The limits of extractive answers that are not weights of the answer model ({@link AnswerModel} holds
 * those, with how they were fitted). Nothing here names anything of a particular article.
 */
final class Calibration {

    /** Answers are at most this long, in characters. */
    static final int MAX_ANSWER_LENGTH = 600;
    /** At most this many sentences are shown as related to a question nothing answers. */
    static final int RELATED_SENTENCES = 2;

    private Calibration() {
    }
}
