package org.newsdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The answers readers can rate or follow up with a button, and what they thought of them. A chat's or a
 * reader's id only ever enters as a keyed hash ({@link KeyedHash}), salted with the answer's id, so the
 * log can tell that a reader already rated an answer but not who, nor which other answers they rated.
 * Bounded: past the limits, the answers longest untouched go, and their buttons expire.
 */
public interface FeedbackLog {

    /**
     * Answers kept for their buttons before anyone rates them: a few days of a busy newsroom bot (about
     * 1.5 kB each in the file store). An older answer's buttons say they have expired.
     */
    int UNRATED_KEPT = 2_000;
    /** Rated answers kept for the editors, the least recently rated going first. */
    int RATED_KEPT = 2_000;

    /** What came of a rating. */
    enum Outcome { COUNTED, ALREADY_RATED, UNKNOWN_ANSWER }

    /** Keeps an answer given in {@code chat}, whose buttons may be pressed later. */
    void remember(AnswerRecord answer, long chat);

    /** The answer of that id, if it is kept and was given in {@code chat}; a button from elsewhere gets nothing. */
    Optional<AnswerRecord> answer(String id, long chat);

    /** Counts a reader's rating of an answer given in {@code chat}, once per reader and answer. */
    Outcome rate(String id, long chat, long reader, Rating rating, Instant at);

    /** Answers rated not helpful at least once: the most often first, then the latest rated. */
    List<RatedAnswer> flagged();
}
