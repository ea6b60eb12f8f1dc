package org.newsdesk.telegram;

/**
 * A bucket of {@code capacity} tokens refilled at a steady rate. Not thread-safe: its owner locks.
 * Times are {@link System#nanoTime()} readings, passed in so that tests can drive the clock.
 */
final class TokenBucket {

    private final double capacity;
    private final double nanosPerToken;
    private double tokens;
    private long last;

    TokenBucket(int capacity, long nanosPerToken, long now) {
        this.capacity = capacity;
        this.nanosPerToken = nanosPerToken;
        this.tokens = capacity;
        this.last = now;
    }

    /** Takes a token if there is one. */
    boolean tryTake(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Takes a token now, going into debt if need be; returns how long to wait until it is really there. */
    long reserve(long now) {
        refill(now);
        tokens -= 1;
        return tokens >= 0 ? 0 : (long) Math.ceil(-tokens * nanosPerToken);
    }

    /** How long until a token is there. */
    long nanosUntilToken(long now) {
        refill(now);
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) * nanosPerToken);
    }

    boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > last) {
            tokens = Math.min(capacity, tokens + (now - last) / nanosPerToken);
            last = now;
        }
    }
}
