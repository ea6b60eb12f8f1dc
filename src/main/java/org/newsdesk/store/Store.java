package org.newsdesk.store;

/**
 * Everything that outlives a message, in one place. Each part is its own small interface, so an
 * implementation on another medium (PostgreSQL, issue 11) supplies them one by one. Thread-safe.
 */
public interface Store extends AutoCloseable {

    Counters counters();

    UnansweredLog unanswered();

    /** Makes everything recorded so far lasting; implementations that write through may do nothing. */
    void flush();

    /** Flushes and releases what the store holds; it is not used afterwards. */
    @Override
    void close();
}
