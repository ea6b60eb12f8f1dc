package org.newsdesk.telegram;

import java.util.Locale;
import java.util.Map;
import org.newsdesk.answer.Answerer;
import org.newsdesk.desk.Desk;
import org.newsdesk.facts.CoverageSummary;
import org.newsdesk.facts.Summarizer;

/** The commands every reader may send: the introduction, the views of the coverage, and forgetting the chat. */
record ReaderCommands(Desk desk, Answerer answerer, Summarizer summarizer, Typing typing, CoverageFormat coverage,
        ChatReplies replies) {

    /** @param command a reader's command other than {@code ask}, which is a question */
    void run(Incoming incoming, BotCommandName command, Locale locale) {
        switch (command) {
            case START -> {
                forget(incoming);
                replies.send(incoming, coverage.introduction(locale, "telegram.start", desk.sources()));
            }
            case HELP -> replies.send(incoming, coverage.introduction(locale, "telegram.help", desk.sources()));
            case SUMMARY -> summary(incoming, locale);
            case FACTS -> replies.send(incoming, coverage.facts(locale, desk.quickFacts()));
            case TIMELINE -> replies.send(incoming, coverage.timeline(locale, desk.timeline()));
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

    /** A written summary can take a model call: the reader sees "typing…" meanwhile. */
    private void summary(Incoming incoming, Locale locale) {
        CoverageSummary summary;
        try (Typing.Shown shown = typing.show(incoming.replyTo())) {
            summary = summarizer.summarize(locale);
        }
        replies.send(incoming, coverage.summary(locale, summary));
    }
}
