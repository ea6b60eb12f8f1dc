package org.newsdesk.telegram;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.newsdesk.desk.Feature;

/** The commands the bot understands; what each shows in the menu is the message {@code menu.<label>}. */
enum BotCommandName {
    START(false), HELP(false), ASK(false), SUMMARY(false), FACTS(false), TIMELINE(false), SOURCES(false),
    FORGET(false), RELOAD(true), STATS(true), UNANSWERED(true), FEEDBACK(true);

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

    /** The command that shows a feature. */
    static BotCommandName of(Feature feature) {
        return switch (feature) {
            case SUMMARY -> SUMMARY;
            case FACTS -> FACTS;
            case TIMELINE -> TIMELINE;
            case SOURCES -> SOURCES;
            case HELP -> HELP;
        };
    }

    static Optional<BotCommandName> named(String typed) {
        return Arrays.stream(values()).filter(command -> command.label().equalsIgnoreCase(typed)).findFirst();
    }
}
