package org.newsdesk.answer;

import java.util.List;

/**
 * The evidence that one passage answers one question, as the numbers {@link AnswerModel} weighs.
 *
 * @param similarity    cosine similarity of the question and the passage (the better of the sentence alone
 *                      and the sentence in its article context)
 * @param margin        how far that similarity stands above the question's similarity to the other
 *                      passages retrieved for it: the passage stands out, or the question is merely
 *                      phrased like news in general
 * @param coverage      the share of the question's focus words, weighted by rarity, that the passage (with
 *                      its context) contains
 * @param offers        1 when the question asks for a specific kind of thing and the passage offers one
 *                      beyond the question's own words (a figure for "how many", a name for "who")
 * @param lacks         1 when the question asks for a specific kind of thing and the passage offers none
 * @param missingNames  the share of the question's names and figures that the passage's article never
 *                      mentions
 * @param unknownNames  how many of the question's names and figures no article mentions
 */
record Features(double similarity, double margin, double coverage, double offers, double lacks,
                double missingNames, double unknownNames) {

    /** The names of the features, in the order of {@link #values()}. */
    static final List<String> NAMES = List.of("similarity", "margin", "coverage", "offers", "lacks",
            "missingNames", "unknownNames");

    double[] values() {
        return new double[] {similarity, margin, coverage, offers, lacks, missingNames, unknownNames};
    }
}
