package org.newsdesk.answer;

import org.newsdesk.index.Passage;

/**
 * A retrieved passage and the evidence that it answers the question.
 *
 * @param features    what the answer model weighs
 * @param probability the model's probability that the passage answers the question
 */
record Candidate(Passage passage, Features features, double probability) {

    /** What ranks candidates: the probability that the passage answers. */
    double score() {
        return probability;
    }
}
