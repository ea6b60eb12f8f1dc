package org.newsdesk.telegram;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * How many requests one user may make: a burst, then a steady rate. Over the limit, the first refused
 * request gets a friendly notice and later ones are dropped quietly until the user may ask again, so
 * a flood never turns into a flood of notices.
 */
final class RateLimiter {

    /** A burst and the steady rate after it, in requests per user. */
    record Limit(int burst, long nanosPerRequest) {

        /** A reader asking and following up never meets this; a script or a stuck key does. */
        static final Limit READERS = new Limit(10, TimeUnit.SECONDS.toNanos(3));
        /** Telegram sends an inline query at every pause in typing, so inline mode allows many more. */
        static final Limit INLINE = new Limit(30, TimeUnit.SECONDS.toNanos(1));
    }

    enum Verdict { ALLOW, REFUSE_WITH_NOTICE, REFUSE_QUIETLY }

    /** Above this many users, buckets that have refilled completely are forgotten. */
    private static final int TRIM_ABOVE = 10_000;

    private final Limit limit;
    private final LongSupplier clock;
    private final Map<Long, TokenBucket> users = new HashMap<>();
    private final Set<Long> noticed = new HashSet<>();

    RateLimiter(Limit limit, LongSupplier clock) {
        this.limit = limit;
        this.clock = clock;
    }

    synchronized Verdict check(long user) {
        return check(user, clock.getAsLong());
    }

    /**
     * Checks a request made at {@code now} (nanoseconds on this limiter's time line): a message is judged
     * by when the reader sent it, not by when a worker gets to it, which with a backlog may be much later.
     */
    synchronized Verdict check(long user, long now) {
        if (users.size() > TRIM_ABOVE) {
            users.entrySet().removeIf(entry -> entry.getValue().isFull(now) && !noticed.contains(entry.getKey()));
        }
        TokenBucket bucket = users.computeIfAbsent(user, u -> new TokenBucket(limit.burst(), limit.nanosPerRequest(), now));
        if (bucket.tryTake(now)) {
            noticed.remove(user);
            return Verdict.ALLOW;
        }
        return noticed.add(user) ? Verdict.REFUSE_WITH_NOTICE : Verdict.REFUSE_QUIETLY;
    }

    /** Whole seconds until the user may ask again, at least one. */
    synchronized long secondsUntilAllowed(long user) {
        return secondsUntilAllowed(user, clock.getAsLong());
    }

    synchronized long secondsUntilAllowed(long user, long now) {
        TokenBucket bucket = users.get(user);
        long nanos = bucket == null ? 0 : bucket.nanosUntilToken(now);
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
    }
}
