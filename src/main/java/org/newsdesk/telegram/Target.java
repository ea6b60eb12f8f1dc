package org.newsdesk.telegram;

/**
 * Where a reply goes.
 *
 * @param chat    the chat id
 * @param thread  the forum topic of the message being answered, or null
 * @param group   whether the chat is a group, which has its own flood limit
 * @param replyTo the message being answered, quoted in groups so the asker sees which reply is theirs; or null
 */
record Target(long chat, Integer thread, boolean group, Integer replyTo) {

    /** The same place, quoting the given message. */
    Target quoting(int message) {
        return new Target(chat, thread, group, message);
    }
}
