package org.newsdesk.telegram;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The commands the bot understands; what each shows in the menu comes from the prompts folder. */
enum BotCommandName {
    START(false), HELP(false), ASK(false), SUMMARY(false), FACTS(false), TIMELINE(false), SOURCES(false),
    FORGET(false), RELOAD(true), STATS(true), UNANSWERED(true);

    private final boolean adminOnly;

    BotCommandName(boolean adminOnly) {
        this.adminOnly = adminOnly;
    }

    boolean adminOnly() {
        return adminOnly;
    }

    /** The name as typed after the slash. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<BotCommandName> named(String typed) {
        return Arrays.stream(values()).filter(command -> command.label().equalsIgnoreCase(typed)).findFirst();
    }
}
