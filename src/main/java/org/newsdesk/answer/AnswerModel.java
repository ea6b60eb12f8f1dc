package org.newsdesk.answer;

import java.util.Arrays;

/**
 * "Does this passage answer this question?": a logistic regression over the {@link Features} of a
 * question and a passage. The probability ranks the candidate passages and decides whether the best one
 * is quoted as the answer ({@link #threshold}) and whether, when nothing answers, the nearest one
 * is close enough to be shown as related ({@link #RELATED_THRESHOLD}).
 *
 * <p>Fitted by {@code AnswerModelFit} (test tree), which says how.
 *
 * @param intercept the log-odds of a passage with every feature zero
 * @param weights   one per feature, in the order of {@link Features#NAMES}
 * @param threshold the probability from which the best passage is quoted as the answer
 */
record AnswerModel(double intercept, double[] weights, double threshold) {

    /** Provisional hand-set weights, to be replaced by fitted ones. */
    static final AnswerModel FITTED = new AnswerModel(-34.277, new double[] {39.667, -2.286, 1.441, 1.253, -0.174, -0.588, 0.886, -2.949, -1.777, -1.680}, 0.26);

    /** The probability from which the best passage of a question nothing answers is shown as related. */
    static final double RELATED_THRESHOLD = 0.1;

    /** A second sentence of the same article is quoted when its probability is within this of the best one's. */
    static final double SECOND_SENTENCE_MARGIN = 0.05;

    AnswerModel {
        weights = weights.clone();
        if (weights.length != Features.NAMES.size()) {
            throw new IllegalArgumentException(weights.length + " weights for " + Features.NAMES.size() + " features");
        }
    }

    double probability(Features features) {
        double[] values = features.values();
        double logit = intercept;
        for (int i = 0; i < values.length; i++) {
            logit += weights[i] * values[i];
        }
        return 1 / (1 + Math.exp(-logit));
    }

    /** Whether a passage of this probability is quoted as the answer. */
    boolean answers(double probability) {
        return probability >= threshold;
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public String toString() {
        return "AnswerModel[intercept=" + intercept + ", weights=" + Arrays.toString(weights) + ", threshold="
                + threshold + "]";
    }
}
