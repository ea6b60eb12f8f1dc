package org.newsdesk.telegram;

import java.util.List;
import java.util.Optional;
import org.newsdesk.logging.ChatTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Receives updates on the library's polling thread and only decides where each goes: what is meant
 * for the bot is checked against the sender's rate limit and queued on its chat, so nothing slow ever
 * runs here. Edited messages, channel posts and membership changes are ignored; one update that
 * cannot be handled is logged and the rest go on.
 */
final class UpdateRouter implements LongPollingUpdateConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateRouter.class);

    private final Addressing addressing;
    private final RateLimiter questions;
    private final RateLimiter inlineQueries;
    private final ChatQueues queues;
    private final RequestHandler requests;
    private final InlineHandler inline;
    private final Outbox outbox;

    UpdateRouter(Addressing addressing, RateLimiter questions, RateLimiter inlineQueries, ChatQueues queues,
                 RequestHandler requests, InlineHandler inline, Outbox outbox) {
        this.addressing = addressing;
        this.questions = questions;
        this.inlineQueries = inlineQueries;
        this.queues = queues;
        this.requests = requests;
        this.inline = inline;
        this.outbox = outbox;
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            try {
                route(update);
            } catch (RuntimeException e) {
                LOG.error("Update {} could not be handled", update.getUpdateId(), e);
            }
        }
    }

    private void route(Update update) {
        if (update.hasMessage()) {
            message(update.getMessage());
        } else if (update.hasInlineQuery()) {
            inline(update.getInlineQuery());
        } else if (update.hasCallbackQuery()) {
            // the bot offers no buttons, but Telegram keeps a client spinning until every callback is answered
            String id = update.getCallbackQuery().getId();
            queues.submit("callback", () -> outbox.call(AnswerCallbackQuery.builder().callbackQueryId(id).build()));
        } else {
            LOG.debug("Update {} is nothing the bot answers", update.getUpdateId());
        }
    }

    private void message(Message message) {
        Optional<Request> request = addressing.read(message);
        if (request.isEmpty()) {
            return;
        }
        Incoming incoming = Incoming.of(message);
        switch (questions.check(incoming.user())) {
            case ALLOW -> queues.submit(incoming.chat(), () -> requests.handle(incoming, request.get()));
            case REFUSE_WITH_NOTICE -> {
                long seconds = questions.secondsUntilAllowed(incoming.user());
                LOG.info("User {} is over the rate limit", ChatTag.of(incoming.user()));
                queues.submit(incoming.chat(), () -> requests.rateLimited(incoming, seconds));
            }
            case REFUSE_QUIETLY -> LOG.debug("Dropped a message of user {}: over the rate limit", incoming.user());
        }
    }

    private void inline(InlineQuery query) {
        if (inlineQueries.check(query.getFrom().getId()) != RateLimiter.Verdict.ALLOW) {
            return;
        }
        inline.received(query);
        queues.submit("inline:" + query.getFrom().getId(), () -> inline.answer(query));
    }
}
