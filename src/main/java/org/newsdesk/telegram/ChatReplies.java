package org.newsdesk.telegram;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.newsdesk.prompts.Messages;
import org.newsdesk.store.FollowUps;

/**
 * How the reply to a command reaches its chat, in the language the chat reads: what every command handler
 * needs to answer, so it travels as one.
 *
 * @param followUps each chat's last questions, whose language a reply to a command follows
 */
record ChatReplies(Outbox outbox, Supplier<Messages> messages, FollowUps followUps) {

    void send(Incoming incoming, Rich reply) {
        outbox.send(incoming.replyTo(), reply);
    }

    /**
     * The language of a reply to a command: the sender's app language if every text exists in it, else
     * that of the chat's latest question.
     */
    Locale locale(Incoming incoming) {
        List<String> earlier = followUps.earlier(incoming.chat());
        return incoming.reading(earlier.isEmpty() ? "" : earlier.get(earlier.size() - 1));
    }

    /** The message {@code key} in the chat's language. */
    Rich text(Incoming incoming, String key, Map<String, ?> arguments) {
        return text(locale(incoming), key, arguments);
    }

    Rich text(Locale locale, String key, Map<String, ?> arguments) {
        return Rich.of(messages.get().text(locale, key, arguments));
    }
}
