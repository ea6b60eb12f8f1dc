package org.newsdesk.answer;

/**
 * Every number that tunes extractive answering, in one place.
 *
 * <p>Calibrated on the golden question set in the test tree (paraphrased questions on the seed
 * article and on an invented second article, questions the articles cannot answer, and questions
 * with instructions hidden in them); {@code GoldenSetTest} asserts the resulting accuracy and prints
 * the figures. Nothing here names anything of a particular article.
 */
final class Calibration {

    /** Weight of the lexical coverage beside the embedding similarity (which has weight 1). */
    static final double COVERAGE_WEIGHT = 0.35;
    /** Bonus for a sentence holding what the question asks for. */
    static final double KIND_BONUS = 0.08;
    /** Subtracted per name or figure of the question that no article mentions. */
    static final double UNKNOWN_SPECIFIC_PENALTY = 0.25;
    /** The best candidate must score this much for the question to count as answered. */
    static final double ANSWER_THRESHOLD = 0.62;
    /** A second sentence is quoted when it scores within this margin of the best one. */
    static final double SECOND_SENTENCE_MARGIN = 0.05;
    /** Answers are at most this long, in characters. */
    static final int MAX_ANSWER_LENGTH = 600;

    private Calibration() {
    }
}
