package org.newsdesk.answer;

import org.newsdesk.index.Passage;

/**
 * A retrieved passage and the evidence that it answers the question.
 *
 * @param features    what the answer model weighs
 * @param probability the model's probability that the passage answers the question
 * @param lacksAsked  the passage holds nothing of the kind the question asks for, and that settles it: it is
 *                    never the answer ({@link AnswerModel#answers})
 * @param score       how closely the whole sentence (or it in its context) matches the question, on the scale of
 *                    embedding similarity that the report margins ({@code ReportTuning}) were set on; the answer
 *                    model's similarity may be a piece's of a long sentence. Candidates are ranked by
 *                    {@link #probability}.
 */
record Candidate(Passage passage, Features features, double probability, boolean lacksAsked, double score) {
}
