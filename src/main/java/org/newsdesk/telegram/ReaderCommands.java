package org.newsdesk.telegram;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.newsdesk.answer.Answerer;
import org.newsdesk.desk.Desk;
import org.newsdesk.facts.CoverageSummary;
import org.newsdesk.facts.Summarizer;

/** The commands every reader may send: the introduction, the views of the coverage, and forgetting the chat. */
record ReaderCommands(Desk desk, Answerer answerer, Summarizer summarizer, Typing typing, CoverageFormat coverage,
        ChatReplies replies) {

    /**
     * @param command  a reader's command other than {@code ask}, which is a question
     * @param argument what follows the command: for {@code /summary} and {@code /timeline}, the story, if any
     */
    void run(Incoming incoming, BotCommandName command, String argument, Locale locale) {
        switch (command) {
            case START -> {
                forget(incoming);
                replies.send(incoming, coverage.introduction(locale, "telegram.start", desk.sources()));
            }
            case HELP -> replies.send(incoming, coverage.introduction(locale, "telegram.help", desk.sources()));
            case SUMMARY -> {
                if (argument.isBlank()) {
                    summary(incoming, locale);
                } else if (!summaryAbout(incoming, argument, locale)) {
                    replies.send(incoming, replies.text(incoming, "answer.not-found", Map.of()));
                }
            }
            case FACTS -> replies.send(incoming, coverage.facts(locale, desk.quickFacts()));
            case TIMELINE -> {
                if (argument.isBlank()) {
                    replies.send(incoming, coverage.timeline(locale, desk.timeline()));
                } else if (!timelineAbout(incoming, argument, locale)) {
                    replies.send(incoming, replies.text(incoming, "answer.not-found", Map.of()));
                }
            }
            case SOURCES -> replies.send(incoming, coverage.sources(locale, desk.sources()));
            case FORGET -> {
                forget(incoming);
                replies.send(incoming, replies.text(incoming, "telegram.forgotten", Map.of()));
            }
            default -> throw new IllegalArgumentException("not a reader's command: " + command);
        }
    }

    private void forget(Incoming incoming) {
        replies.followUps().forget(incoming.chat());
        answerer.forget(incoming.chat());
    }

    /**
     * The summary of the story a topic names, in the articles' own sentences; false, sending nothing, when
     * no article covers it.
     */
    boolean summaryAbout(Incoming incoming, String topic, Locale locale) {
        return sendIfTold(incoming, desk.summaryAbout(topic), quotes -> coverage.summary(locale, CoverageSummary.quoted(quotes)));
    }

    /** The timeline of the story a topic names, if the coverage has it; false when it does not. */
    boolean timelineAbout(Incoming incoming, String topic, Locale locale) {
        return sendIfTold(incoming, desk.timelineAbout(topic), events -> coverage.timeline(locale, events));
    }

    /** Sends what the coverage tells of a story, if it tells anything; false when it does not. */
    private <T> boolean sendIfTold(Incoming incoming, List<T> told, Function<List<T>, Rich> reply) {
        if (told.isEmpty()) {
            return false;
        }
        replies.send(incoming, reply.apply(told));
        return true;
    }

    /** A written summary can take a model call: the reader sees "typing…" meanwhile. */
    private void summary(Incoming incoming, Locale locale) {
        CoverageSummary summary;
        try (Typing.Shown shown = typing.show(incoming.replyTo())) {
            summary = summarizer.summarize(locale);
        }
        replies.send(incoming, coverage.summary(locale, summary));
    }
}
