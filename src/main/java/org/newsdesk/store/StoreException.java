package org.newsdesk.store;

/** The store could not do what was asked (its medium failed or is unreachable); the reason is one line. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
