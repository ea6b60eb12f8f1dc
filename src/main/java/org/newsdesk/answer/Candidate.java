package org.newsdesk.answer;

import org.newsdesk.index.Passage;

/**
 * A retrieved passage and the evidence that it answers the question.
 *
 * @param similarity cosine similarity of question and passage (with its article context) embeddings
 * @param coverage   share of the question's words, weighted by rarity, that the sentence contains
 * @param fitsKind   whether the sentence holds the sort of thing asked for (a figure for "how many")
 * @param score      the combination that ranks candidates and decides whether to answer
 */
record Candidate(Passage passage, double similarity, double coverage, boolean fitsKind, double score) {
}
