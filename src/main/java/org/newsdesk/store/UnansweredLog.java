package org.newsdesk.store;

import java.time.Instant;
import java.util.List;

/**
 * The questions readers asked that the articles do not answer, for the editors: each distinct question
 * (compared ignoring case and spacing) once, with how often and when it was first and last asked. Holds
 * only the text, never who asked. Bounded: past the limit, the question asked least recently goes.
 */
public interface UnansweredLog {

    void record(String question, Instant asked);

    /** Every question kept, most asked first (the latest asked first among equals). */
    List<UnansweredQuestion> mostAsked();
}
