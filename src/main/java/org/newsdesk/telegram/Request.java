package org.newsdesk.telegram;

/** What a message that is meant for the bot asks of it. */
sealed interface Request {

    /** A question to answer (possibly empty, when the bot was only mentioned). */
    record Ask(String question) implements Request {
    }

    /** A known command, with whatever was typed after it. */
    record Run(BotCommandName command, String argument) implements Request {
    }

    /** A command addressed to the bot that it does not know. */
    record Unknown(String command) implements Request {
    }

    /** A sticker, photo, voice message or other content the bot cannot read. */
    record NotText() implements Request {
    }
}
