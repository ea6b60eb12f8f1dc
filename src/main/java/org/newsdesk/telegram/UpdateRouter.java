package org.newsdesk.telegram;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.newsdesk.logging.ChatTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides what an update asks and has it done, on the worker that claimed it (one update of a chat at a
 * time): what is meant for the bot is checked against the sender's rate limit and handled. Edited
 * messages, channel posts and membership changes are ignored; an update that cannot be handled is logged.
 */
record UpdateRouter(Addressing addressing, RateLimiter questions, RateLimiter inlineQueries, RequestHandler requests,
        InlineHandler inline, CallbackHandler callbacks) {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateRouter.class);

    /** @param again whether an instance that died had claimed the update before (see {@link #message}) */
    void route(Update update, boolean again) {
        if (update.hasMessage()) {
            message(update.getMessage(), again);
        } else if (update.hasInlineQuery()) {
            inline(update.getInlineQuery());
        } else if (update.hasCallbackQuery()) {
            // presses have their own lane in the queue (UpdateKeys), so one is acknowledged at once even while a slow answer runs
            callbacks.handle(update.getCallbackQuery());
        } else {
            LOG.debug("Update {} is nothing the bot answers", update.getUpdateId());
        }
    }

    /**
     * A message claimed again was counted against its sender's limit when first claimed: counting it twice
     * would refuse the last message of a reader's full burst, with a notice in place of its answer.
     */
    private void message(Message message, boolean again) {
        Optional<Request> request = addressing.read(message);
        if (request.isEmpty()) {
            return;
        }
        Incoming incoming = Incoming.of(message);
        long sent = TimeUnit.SECONDS.toNanos(message.getDate());
        switch (again ? RateLimiter.Verdict.ALLOW : questions.check(incoming.user(), sent)) {
            case ALLOW -> requests.handle(incoming, request.get());
            case REFUSE_WITH_NOTICE -> {
                long seconds = questions.secondsUntilAllowed(incoming.user(), sent);
                LOG.info("User {} is over the rate limit", ChatTag.of(incoming.user()));
                requests.rateLimited(incoming, seconds);
            }
            case REFUSE_QUIETLY -> LOG.debug("Dropped a message of user {}: over the rate limit", incoming.user());
        }
    }

    private void inline(InlineQuery query) {
        if (inlineQueries.check(query.getFrom().getId()) != RateLimiter.Verdict.ALLOW) {
            return;
        }
        inline.received(query);
        inline.answer(query);
    }
}
