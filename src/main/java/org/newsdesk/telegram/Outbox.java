package org.newsdesk.telegram;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.newsdesk.config.Redactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Everything the bot sends goes through here: messages are split, rendered as HTML and paced by
 * {@link FloodControl}; a 429 waits the {@code retry_after} Telegram asks for and sends again; network
 * errors and 5xx are retried with exponential backoff; "message is not modified" is not an error.
 */
final class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    /** Enough to ride out a restart of the Bot API server, not so many that a reply arrives minutes late. */
    static final int MAX_ATTEMPTS = 6;
    static final long FIRST_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    static final long MAX_BACKOFF_NANOS = TimeUnit.SECONDS.toNanos(8);
    /** Longer than any HTTP timeout of the client, so a call never hangs a worker for good. */
    static final long CALL_TIMEOUT_SECONDS = 90;
    private static final String NOT_MODIFIED = "message is not modified";

    private final TelegramClient client;
    private final FloodControl flood;
    private final ShutdownSignal shutdown;
    private final Redactor redactor;
    private final Chunker chunker = new Chunker();

    Outbox(TelegramClient client, FloodControl flood, ShutdownSignal shutdown, Redactor redactor) {
        this.client = client;
        this.flood = flood;
        this.shutdown = shutdown;
        this.redactor = redactor;
    }

    /** Sends a reply, split into as many messages as it needs; returns the ids of those delivered. */
    List<Integer> send(Target target, Rich reply) {
        List<Integer> delivered = new ArrayList<>();
        for (List<Span> message : chunker.split(reply.spans())) {
            send(target, message).ifPresent(delivered::add);
        }
        return delivered;
    }

    Optional<Integer> send(Target target, List<Span> message) {
        SendMessage.SendMessageBuilder<?, ?> send = SendMessage.builder()
                .chatId(target.chat())
                .text(Html.render(message))
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .messageThreadId(target.thread());
        if (target.replyTo() != null) {
            send.replyParameters(ReplyParameters.builder().messageId(target.replyTo())
                    .allowSendingWithoutReply(true).build());
        }
        return call(send.build(), target).map(Message::getMessageId);
    }

    /** Replaces the text of a message the bot sent; an identical text is quietly accepted. */
    void edit(Target target, int messageId, List<Span> message) {
        call(EditMessageText.builder().chatId(target.chat()).messageId(messageId).text(Html.render(message))
                .parseMode(ParseMode.HTML).linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .build(), target);
    }

    /** Shows "typing…" in the chat. Best effort: one try, not paced, failures ignored. */
    void typing(Target target) {
        try {
            client.executeAsync(SendChatAction.builder().chatId(target.chat()).action(ActionType.TYPING.toString())
                    .messageThreadId(target.thread()).build());
        } catch (TelegramApiException | RuntimeException e) {
            LOG.debug("Typing action failed: {}", redactor.describe(e));
        }
    }

    /** Calls a method that is not a message to a chat (answers to queries, the command menu); not paced. */
    <T extends Serializable> Optional<T> call(BotApiMethod<T> method) {
        return call(method, null);
    }

    private <T extends Serializable> Optional<T> call(BotApiMethod<T> method, Target paced) {
        long backoff = FIRST_BACKOFF_NANOS;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS && !shutdown.isStopping(); attempt++) {
            if (paced != null && !shutdown.pause(flood.reserve(paced.chat(), paced.group()))) {
                break;
            }
            try {
                return Optional.ofNullable(client.executeAsync(method).get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (TelegramApiException e) {
                LOG.warn("{} was not sent: {}", method.getMethod(), redactor.describe(e));
                return Optional.empty();
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                if (cause instanceof TelegramApiRequestException refused) {
                    Integer code = refused.getErrorCode();
                    if (code != null && code == 429) {
                        long seconds = retryAfter(refused);
                        LOG.info("Telegram asked to slow down {}: waiting {} s", method.getMethod(), seconds);
                        if (!shutdown.pause(TimeUnit.SECONDS.toNanos(seconds))) {
                            break;
                        }
                        continue;
                    }
                    if (isNotModified(refused)) {
                        return Optional.empty();
                    }
                    if (code == null || code < 500) {
                        LOG.warn("Telegram refused {}: {}", method.getMethod(), redactor.clean(refused.getMessage()));
                        return Optional.empty();
                    }
                }
                LOG.warn("{} failed (attempt {} of {}), retrying: {}", method.getMethod(), attempt, MAX_ATTEMPTS,
                        redactor.describe(cause));
                if (!shutdown.pause(backoff)) {
                    break;
                }
                backoff = Math.min(MAX_BACKOFF_NANOS, backoff * 2);
            }
        }
        LOG.warn("Gave up on {}", method.getMethod());
        return Optional.empty();
    }

    private static long retryAfter(TelegramApiRequestException refused) {
        Integer seconds = refused.getParameters() == null ? null : refused.getParameters().getRetryAfter();
        return seconds == null || seconds < 1 ? 1 : seconds;
    }

    private static boolean isNotModified(TelegramApiRequestException refused) {
        String response = refused.getApiResponse();
        return response != null && response.contains(NOT_MODIFIED);
    }
}
