package org.newsdesk.store;

import java.util.Locale;

/** What a reader thought of an answer. */
public enum Rating {
    HELPFUL, NOT_HELPFUL;

    /** The name in metrics and files: {@code helpful}, {@code not_helpful}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
