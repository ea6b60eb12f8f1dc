package org.newsdesk.store;

import java.time.Instant;

/** Named running totals (questions served, questions unanswered), kept across restarts. Thread-safe. */
public interface Counters {

    void increment(String name);

    /** The total so far; 0 for a name never incremented. */
    long get(String name);

    /** When counting began: the first start on this store. */
    Instant since();
}
