package org.newsdesk.store.postgres;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Says when housekeeping (pruning old rows) is due: at most once per period, whichever thread asks first. */
final class Occasionally {

    private final long periodMillis;
    private final AtomicLong last = new AtomicLong(System.currentTimeMillis());

    Occasionally(Duration period) {
        this.periodMillis = period.toMillis();
    }

    boolean due() {
        long before = last.get();
        long now = System.currentTimeMillis();
        return now - before >= periodMillis && last.compareAndSet(before, now);
    }
}
