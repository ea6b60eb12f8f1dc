package org.newsdesk.telegram;

import java.util.Locale;
import org.newsdesk.language.ReaderLanguage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * A message meant for the bot: whose it is and where the reply goes.
 *
 * @param chat      the chat id as text, which also names the conversation for the answerer
 * @param user      the sender's Telegram user id, checked for admin commands and rate limits
 * @param anonymous whether the sender wrote on behalf of the group (an anonymous group admin): Telegram
 *                  then gives every such sender the same placeholder user, so {@code user} names no one
 * @param language  the sender's Telegram {@code language_code}, or empty
 */
record Incoming(String chat, long user, boolean anonymous, Target replyTo, String language) {

    static Incoming of(Message message) {
        boolean group = !message.isUserMessage();
        Integer thread = message.isTopicMessage() ? message.getMessageThreadId() : null;
        String language = message.getFrom().getLanguageCode();
        return new Incoming(String.valueOf(message.getChatId()), message.getFrom().getId(), isAnonymousAdmin(message),
                new Target(message.getChatId(), thread, group, group ? message.getMessageId() : null),
                language == null ? "" : language);
    }

    /** The language to reply in, going by the sender's app language and what they wrote. */
    Locale reading(String text) {
        return ReaderLanguage.of(language, text).locale();
    }

    /** Sent "as the group": Telegram names the group as the sender and a placeholder bot as the user. */
    static boolean isAnonymousAdmin(Message message) {
        return message.getSenderChat() != null && message.getSenderChat().getId().equals(message.getChatId());
    }
}
