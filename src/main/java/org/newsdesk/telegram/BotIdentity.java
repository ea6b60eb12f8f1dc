package org.newsdesk.telegram;

/** Who the bot is on Telegram, as {@code getMe} says: needed to recognise mentions, replies and /cmd@bot. */
record BotIdentity(long id, String username) {
}
