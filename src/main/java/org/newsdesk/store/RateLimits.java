package org.newsdesk.store;

import java.time.Duration;

/**
 * How many requests each reader may make, counted by every instance together: a burst, then one per
 * interval (the generic cell rate algorithm: each key keeps the theoretical time of its next request).
 * Over the limit, the first refusal is marked so the reader gets one notice, and later ones are quiet
 * until a request is allowed again. Times are nanoseconds since the epoch, so that instances agree on them.
 * Thread-safe.
 */
public interface RateLimits {

    /** What a request got. */
    enum Outcome { ALLOWED, REFUSED_FIRST, REFUSED_AGAIN }

    /** A limit: {@code burst} requests at once, then one per {@code interval}. */
    record Limit(int burst, Duration interval) {

        public long intervalNanos() {
            return interval.toNanos();
        }

        public long toleranceNanos() {
            return (burst - 1) * interval.toNanos();
        }
    }

    /** Counts a request of {@code key} made at {@code atNanos}. */
    Outcome take(String key, Limit limit, long atNanos);

    /** Nanoseconds from {@code atNanos} until {@code key} may make a request again; 0 when it may now. */
    long nanosUntilAllowed(String key, Limit limit, long atNanos);

    /** The decision on one key's schedule: shared by the implementations, which only keep the state. */
    record Schedule(long next, boolean noticed) {

        public static Schedule fresh(long atNanos) {
            return new Schedule(atNanos, false);
        }

        public boolean allows(Limit limit, long atNanos) {
            return next - limit.toleranceNanos() <= atNanos;
        }

        public Schedule taken(Limit limit, long atNanos) {
            return allows(limit, atNanos) ? new Schedule(Math.max(next, atNanos) + limit.intervalNanos(), false)
                    : new Schedule(next, true);
        }

        public Outcome outcome(Limit limit, long atNanos) {
            return allows(limit, atNanos) ? Outcome.ALLOWED : noticed ? Outcome.REFUSED_AGAIN : Outcome.REFUSED_FIRST;
        }

        public long nanosUntilAllowed(Limit limit, long atNanos) {
            return Math.max(0, next - limit.toleranceNanos() - atNanos);
        }
    }
}
