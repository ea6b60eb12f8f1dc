package org.newsdesk.telegram;

import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * A message meant for the bot: whose it is and where the reply goes.
 *
 * @param chat the chat id as text, which also names the conversation for the answerer
 * @param user the sender's Telegram user id, checked for admin commands and rate limits
 */
record Incoming(String chat, long user, Target replyTo) {

    static Incoming of(Message message) {
        boolean group = !message.isUserMessage();
        Integer thread = message.isTopicMessage() ? message.getMessageThreadId() : null;
        return new Incoming(String.valueOf(message.getChatId()), message.getFrom().getId(),
                new Target(message.getChatId(), thread, group, group ? message.getMessageId() : null));
    }
}
