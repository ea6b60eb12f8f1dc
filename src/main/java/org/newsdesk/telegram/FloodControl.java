package org.newsdesk.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.store.Pacing;

/**
 * Paces outgoing messages within Telegram's flood limits, shared by every instance through the store's
 * {@link Pacing}: about one message a second per chat (with a short burst allowed, as Telegram does),
 * twenty a minute per group, and, for the whole bot, under thirty a second. A send first books its chat's
 * (and group's) slot, which may lie seconds ahead; only when that slot has come does it book its place in
 * the bot's overall pace ({@link #reserveShared(long, boolean)}), a wait of milliseconds, so one chat booked far
 * ahead never holds up the others.
 */
final class FloodControl {

    /** The limits: a burst, then one message per interval. */
    record Limits(int chatBurst, Duration chatInterval, int groupBurst, Duration groupInterval,
                  int globalBurst, Duration globalInterval) {

        /**
         * Per the Bot API FAQ. A chat: about one a second, with a short burst (3 at once, then one per 1.2 s:
         * the margin absorbs the jitter between booking a slot and the message reaching Telegram, which
         * counts arrivals; at exactly 1 s, a burst's first message delayed by 0.2 s on a loaded machine put
         * the fifth within 1.8 s of it, measured by SeveralInstancesIT). A group: at most 20 in any minute
         * (5 at once, then one per 4 s: 5 + 60/4 = 20). The bot: 25 a second with bursts of 3, at most 28 in
         * any second, leaving room under Telegram's ~30 for the same jitter. A 429 still gets through now
         * and then and is retried by the outbox.
         */
        static final Limits TELEGRAM = new Limits(3, Duration.ofMillis(1_200), 5, Duration.ofSeconds(4),
                3, Duration.ofMillis(40));
    }

    static final String GLOBAL = "global";
    /** A wait for the bot's overall pace short enough to leave the chat's schedule as booked. */
    static final Duration LATE = Duration.ofMillis(50);

    private final Limits limits;
    private final Pacing pacing;
    private final Pacing.Limit global;

    FloodControl(Limits limits, Pacing pacing) {
        this.limits = limits;
        this.pacing = pacing;
        this.global = new Pacing.Limit(GLOBAL, limits.globalBurst(), limits.globalInterval());
    }

    /** Books a message's slot in its chat (and group); returns how many nanoseconds to wait first. */
    long reserve(long chat, boolean group) {
        return pacing.reserve(chatLimits(chat, group)).toNanos();
    }

    /**
     * Books a message's place in the bot's overall pace, once its chat's slot has come; nanoseconds to wait.
     * After a wait longer than {@link #LATE} the message reaches Telegram that much after its chat's slot,
     * so the chat's next messages count from when it really goes; else, when the whole bot is busy, they
     * would arrive bunched behind it.
     */
    long reserveShared(long chat, boolean group) {
        long wait = pacing.reserve(List.of(global)).toNanos();
        if (wait > LATE.toNanos()) {
            pacing.sendsLate(chatLimits(chat, group), Duration.ofNanos(wait));
        }
        return wait;
    }

    private List<Pacing.Limit> chatLimits(long chat, boolean group) {
        List<Pacing.Limit> apply = new ArrayList<>(2);
        apply.add(new Pacing.Limit("chat:" + chat, limits.chatBurst(), limits.chatInterval()));
        if (group) {
            apply.add(new Pacing.Limit("group:" + chat, limits.groupBurst(), limits.groupInterval()));
        }
        return apply;
    }
}
