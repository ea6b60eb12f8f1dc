package org.newsdesk.answer;

import java.util.List;

/**
 * The evidence that one passage answers one question, as the numbers {@link AnswerModel} weighs.
 *
 * @param similarity   cosine similarity of the question and the passage (the best of the sentence alone, the
 *                     sentence in its article context and, for a long sentence, each of its pieces)
 * @param coverage     the share of the question's focus words, weighted by rarity, that the passage (with
 *                     its context) contains
 * @param wordCoverage the same share of the focus words that are not names: what the question asks about
 *                     its names ("designed", "partner", "cost"); a passage that has the names but not these
 *                     is about the subject without saying what was asked
 * @param offers       1 when the question asks for a specific kind of thing and the passage offers one
 *                     beyond the question's own words (a figure for "how many", a name for "who")
 * @param near         1 when that thing stands within a few words of a word the question asks about (not
 *                     one of its names): "60,000 homes" for "how many homes lost power?"
 * @param lacks        1 when the question asks for a specific kind of thing and the passage offers none
 * @param missingNames the share of the question's names and figures that the passage's article never
 *                     mentions
 * @param unknownNames how many of the question's names and figures no article mentions
 */
record Features(double similarity, double coverage, double wordCoverage, double offers, double near, double lacks,
                double missingNames, double unknownNames) {

    /** The names of the features, in the order of {@link #values()}. */
    static final List<String> NAMES = List.of("similarity", "coverage", "wordCoverage", "offers", "near", "lacks",
            "missingNames", "unknownNames");

    double[] values() {
        return new double[] {similarity, coverage, wordCoverage, offers, near, lacks, missingNames, unknownNames};
    }
}
