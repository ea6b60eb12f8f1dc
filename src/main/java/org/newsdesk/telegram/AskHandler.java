package org.newsdesk.telegram;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Question;
import org.newsdesk.logging.ChatTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a reader's question in a chat: checks it, shows "typing…", asks the answerer with the chat's
 * earlier questions, and replies with the answer and its sources (growing live if the answerer streams),
 * with the buttons to rate it and read on; in a private chat it quotes the question if other messages came since.
 */
record AskHandler(Answerer answerer, BotStats stats, Typing typing, AnswerFormat format, Clock clock, ChatTrail trail,
        AnswerButtons buttons, ChatReplies replies) {

    private static final Logger LOG = LoggerFactory.getLogger(AskHandler.class);

    void ask(Incoming incoming, String question) {
        Locale locale = incoming.reading(question);
        if (question.isBlank()) {
            replies.send(incoming, replies.text(locale, "telegram.ask-usage", Map.of()));
            return;
        }
        if (question.length() > Question.MAX_LENGTH) {
            replies.send(incoming, replies.text(locale, "telegram.too-long",
                    Map.of("length", question.length(), "limit", Question.MAX_LENGTH)));
            return;
        }
        try (Typing.Shown shown = typing.show(incoming.replyTo())) {
            LiveReply reply = new LiveReply(replies.outbox(), () -> trail.answerTo(incoming), format, System::nanoTime);
            long started = System.nanoTime();
            Question asked = new Question(question, incoming.chat(), replies.followUps().earlier(incoming.chat()),
                    incoming.language());
            Answer answer = answerer.answer(asked, reply);
            long millis = (System.nanoTime() - started) / 1_000_000;
            replies.followUps().remember(incoming.chat(), question);
            stats.answered(question, answer.answerable(), millis, clock.instant());
            reply.finish(format.answer(answer, locale)
                    .keyboard(buttons.under(answer, asked, incoming.replyTo().chat(), locale)));
        } catch (RuntimeException e) {
            LOG.error("Answering a question in chat {} failed", ChatTag.of(incoming.chat()), e);
            replies.send(incoming, replies.text(locale, "telegram.error", Map.of()));
        }
    }
}
