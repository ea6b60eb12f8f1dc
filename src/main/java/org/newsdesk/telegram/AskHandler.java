package org.newsdesk.telegram;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Question;
import org.newsdesk.prompts.Messages;
import org.newsdesk.store.FollowUps;
import org.newsdesk.logging.ChatTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a reader's question in a chat: checks it, shows "typing…", asks the answerer with the chat's
 * earlier questions, and replies with the answer and its sources (growing live if the answerer streams).
 */
final class AskHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AskHandler.class);

    private final Answerer answerer;
    private final FollowUps conversations;
    private final BotStats stats;
    private final Outbox outbox;
    private final Typing typing;
    private final AnswerFormat format;
    private final Supplier<Messages> messages;
    private final Clock clock;

    AskHandler(Answerer answerer, FollowUps conversations, BotStats stats, Outbox outbox, Typing typing,
               AnswerFormat format, Supplier<Messages> messages, Clock clock) {
        this.answerer = answerer;
        this.conversations = conversations;
        this.stats = stats;
        this.outbox = outbox;
        this.typing = typing;
        this.format = format;
        this.messages = messages;
        this.clock = clock;
    }

    void ask(Incoming incoming, String question) {
        Locale locale = incoming.reading(question);
        if (question.isBlank()) {
            outbox.send(incoming.replyTo(), Rich.of(messages.get().text(locale, "telegram.ask-usage")));
            return;
        }
        if (question.length() > Question.MAX_LENGTH) {
            outbox.send(incoming.replyTo(), Rich.of(messages.get().text(locale, "telegram.too-long",
                    Map.of("length", question.length(), "limit", Question.MAX_LENGTH))));
            return;
        }
        try (Typing.Shown shown = typing.show(incoming.replyTo())) {
            LiveReply reply = new LiveReply(outbox, incoming.replyTo(), format, System::nanoTime);
            long started = System.nanoTime();
            Answer answer = answerer.answer(new Question(question, incoming.chat(),
                    conversations.earlier(incoming.chat()), incoming.language()), reply);
            long millis = (System.nanoTime() - started) / 1_000_000;
            conversations.remember(incoming.chat(), question);
            stats.answered(question, answer.answerable(), millis, clock.instant());
            reply.finish(format.answer(answer, locale));
        } catch (RuntimeException e) {
            LOG.error("Answering a question in chat {} failed", ChatTag.of(incoming.chat()), e);
            outbox.send(incoming.replyTo(), Rich.of(messages.get().text(locale, "telegram.error")));
        }
    }
}
