package org.newsdesk.telegram;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Paces outgoing messages within Telegram's flood limits: about one message a second per chat (with
 * a short burst allowed, as Telegram does), twenty a minute per group, thirty a second overall. A send
 * reserves a slot in every limit that applies and waits until the latest of them.
 */
final class FloodControl {

    /** The limits, per the Bot API FAQ; a 429 still gets through now and then and is retried by the outbox. */
    record Limits(int chatBurst, long chatNanosPerMessage, int groupBurst, long groupNanosPerMessage,
                  int globalBurst, long globalNanosPerMessage) {

        static final Limits TELEGRAM = new Limits(3, TimeUnit.SECONDS.toNanos(1), 20, TimeUnit.SECONDS.toNanos(3),
                30, TimeUnit.SECONDS.toNanos(1) / 30);
    }

    /** Above this many chats, buckets that have refilled completely are forgotten. */
    private static final int TRIM_ABOVE = 10_000;

    private final Limits limits;
    private final LongSupplier clock;
    private final Map<Long, TokenBucket> chats = new HashMap<>();
    private final Map<Long, TokenBucket> groups = new HashMap<>();
    private final TokenBucket global;

    FloodControl(Limits limits, LongSupplier clock) {
        this.limits = limits;
        this.clock = clock;
        this.global = new TokenBucket(limits.globalBurst(), limits.globalNanosPerMessage(), clock.getAsLong());
    }

    /** Reserves the right to send one message to a chat; returns how many nanoseconds to wait first. */
    synchronized long reserve(long chat, boolean group) {
        long now = clock.getAsLong();
        trim(now);
        long wait = chats.computeIfAbsent(chat, c -> new TokenBucket(limits.chatBurst(), limits.chatNanosPerMessage(), now))
                .reserve(now);
        if (group) {
            wait = Math.max(wait, groups.computeIfAbsent(chat,
                    c -> new TokenBucket(limits.groupBurst(), limits.groupNanosPerMessage(), now)).reserve(now));
        }
        return Math.max(wait, global.reserve(now));
    }

    private void trim(long now) {
        if (chats.size() > TRIM_ABOVE) {
            chats.values().removeIf(bucket -> bucket.isFull(now));
            groups.values().removeIf(bucket -> bucket.isFull(now));
        }
    }
}
