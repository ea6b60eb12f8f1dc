package org.newsdesk.telegram;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.newsdesk.store.RateLimits;

/**
 * How many requests one user may make: a burst, then a steady rate, counted in the store's
 * {@link RateLimits} (in memory for one process, shared by every instance on PostgreSQL). Over the limit,
 * the first refused request gets a friendly notice and later ones are dropped quietly until the user may
 * ask again, so a flood never turns into a flood of notices.
 */
final class RateLimiter {

    /** A burst and the steady rate after it, in requests per user. */
    record Limit(String name, int burst, Duration interval) {

        /** A reader asking and following up never meets this; a script or a stuck key does. */
        static final Limit READERS = new Limit("questions", 10, Duration.ofSeconds(3));
        /** Telegram sends an inline query at every pause in typing, so inline mode allows many more. */
        static final Limit INLINE = new Limit("inline", 30, Duration.ofSeconds(1));
    }

    enum Verdict { ALLOW, REFUSE_WITH_NOTICE, REFUSE_QUIETLY }

    private final Limit limit;
    private final RateLimits.Limit counted;
    private final LongSupplier clock;
    private final RateLimits limits;

    /** @param clock nanoseconds since the epoch, the time line every instance shares */
    RateLimiter(Limit limit, LongSupplier clock, RateLimits limits) {
        this.limit = limit;
        this.counted = new RateLimits.Limit(limit.burst(), limit.interval());
        this.clock = clock;
        this.limits = limits;
    }

    Verdict check(long user) {
        return check(user, clock.getAsLong());
    }

    /**
     * Checks a request made at {@code now} (nanoseconds since the epoch): a message is judged by when the
     * reader sent it, not by when a worker gets to it, which with a backlog may be much later.
     */
    Verdict check(long user, long now) {
        return switch (limits.take(key(user), counted, now)) {
            case ALLOWED -> Verdict.ALLOW;
            case REFUSED_FIRST -> Verdict.REFUSE_WITH_NOTICE;
            case REFUSED_AGAIN -> Verdict.REFUSE_QUIETLY;
        };
    }

    /** Whole seconds from {@code now} until the user may ask again, at least one. */
    long secondsUntilAllowed(long user, long now) {
        long nanos = limits.nanosUntilAllowed(key(user), counted, now);
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
    }

    private String key(long user) {
        return limit.name() + ":" + user;
    }
}
