package org.newsdesk.telegram;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest message seen in each private chat, the reader's or the bot's: an answer that no longer
 * follows its question directly quotes it. Only ever misses a message (one sent later by the flood
 * waits, or seen by another instance), so at worst an answer that could quote its question does not.
 */
final class ChatTrail {

    /** Chats remembered; past this, the trail starts afresh (a private chat's next answer just does not quote). */
    static final int CHATS_KEPT = 100_000;

    private final Map<Long, Integer> latest = new ConcurrentHashMap<>();

    /** A message of the chat, from the reader or the bot. */
    void seen(long chat, int message) {
        if (latest.size() >= CHATS_KEPT && !latest.containsKey(chat)) {
            latest.clear();
        }
        latest.merge(chat, message, Math::max);
    }

    /** Where the answer to {@code incoming} goes: in a private chat, quoting the question if other messages came since. */
    Target answerTo(Incoming incoming) {
        Target target = incoming.replyTo();
        if (target.group() || target.replyTo() != null) {
            return target;
        }
        Integer last = latest.get(target.chat());
        return last != null && last > incoming.message() ? target.quoting(incoming.message()) : target;
    }
}
