package org.newsdesk.telegram;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.desk.Feature;
import org.newsdesk.desk.Responder;

/**
 * Carries out what a message asks: a question ({@link AskHandler}), a reader's command
 * ({@link ReaderCommands}), an administrator's ({@link AdminCommands}), or a hint for what the bot cannot do.
 */
record RequestHandler(AskHandler asking, ReaderCommands readers, AdminCommands admins, ChatReplies replies) {

    void handle(Incoming incoming, Request request) {
        if (request instanceof Request.Ask ask) {
            ask(incoming, ask.question());
        } else if (request instanceof Request.Run run) {
            run(incoming, run.command(), run.argument(), replies.locale(incoming));
        } else if (request instanceof Request.Unknown unknown) {
            replies.send(incoming, replies.text(incoming, "telegram.unknown-command",
                    Map.of("command", unknown.command())));
        } else {
            replies.send(incoming, replies.text(incoming, "telegram.not-text", Map.of()));
        }
    }

    void rateLimited(Incoming incoming, long seconds) {
        replies.send(incoming, replies.text(incoming, "telegram.rate-limited", Map.of("seconds", seconds)));
    }

    /**
     * A request for a feature ("give me a summary") runs its command, in the request's language; a summary or
     * timeline of a story the coverage has ("summarise the derailment", "timeline of the strike") is that story's;
     * anything else is a question.
     */
    private void ask(Incoming incoming, String text) {
        Optional<Feature> feature = Responder.requested(text);
        Locale locale = incoming.reading(text);
        if (feature.isPresent()) {
            run(incoming, BotCommandName.of(feature.get()), "", locale);
            return;
        }
        boolean storyTold = Responder.summaryTopic(text).map(topic -> readers.summaryAbout(incoming, topic, locale))
                .orElse(false)
                || Responder.timelineTopic(text).map(topic -> readers.timelineAbout(incoming, topic, locale)).orElse(false);
        if (!storyTold) {
            asking.ask(incoming, text);
        }
    }

    private void run(Incoming incoming, BotCommandName command, String argument, Locale locale) {
        if (command == BotCommandName.ASK) {
            ask(incoming, argument);
        } else if (command.adminOnly()) {
            admins.run(incoming, command, argument, locale);
        } else {
            readers.run(incoming, command, argument, locale);
        }
    }
}
