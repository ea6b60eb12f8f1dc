package org.newsdesk.store;

import java.time.Duration;
import java.util.List;

/**
 * Paces sends within rate limits that every instance shares: each limit lets {@code burst} sends through
 * at once, then one per {@code interval}. A reservation takes the earliest moment that every limit it names
 * allows (the generic cell rate algorithm: each limit keeps the theoretical time of its next send) and
 * books it in all of them at once, so the moment a sender waits for is the moment each limit counted.
 * Thread-safe.
 */
public interface Pacing {

    /** A limit on the sends of one bucket (a chat, a group, the whole bot). */
    record Limit(String bucket, int burst, Duration interval) {

        public Limit {
            if (burst < 1 || interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("a limit needs a burst of 1 or more and a positive interval");
            }
        }

        public long intervalNanos() {
            return interval.toNanos();
        }

        /** How far ahead of its schedule a bucket may run: the burst beyond the first send. */
        public long toleranceNanos() {
            return (burst - 1) * interval.toNanos();
        }
    }

    /** Books one send in every limit; returns how long from now the sender must wait before sending it. */
    Duration reserve(List<Limit> limits);

    /**
     * Tells the limits that a send booked in them goes out {@code fromNow} from now, later than its slot:
     * each then counts from when it really goes, so its next send is at least one interval after that
     * (Telegram counts messages as they arrive, not as they were booked).
     */
    void sendsLate(List<Limit> limits, Duration fromNow);
}
