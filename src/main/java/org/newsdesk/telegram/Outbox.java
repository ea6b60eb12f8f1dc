package org.newsdesk.telegram;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.newsdesk.config.Redactor;
import org.newsdesk.logging.ChatTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Everything the bot sends goes through here: messages are split, rendered as HTML and paced by
 * {@link FloodControl}. A short wait (the per-chat pace, a 429 of a second) is waited out in place; a
 * long one (a 429 asking for minutes) is handed to {@link FloodWaits}, which sends the chat's messages
 * when it is over, so the worker goes on to other chats. Network errors and 5xx are retried with
 * TelegramBots' {@link ExponentialBackOff} (randomised, so many chats do not retry in step);
 * "message is not modified" is not an error.
 */
final class Outbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    /** Enough to ride out a restart of the Bot API server, not so many that a reply arrives minutes late. */
    static final int MAX_ATTEMPTS = 6;
    static final int FIRST_BACKOFF_MILLIS = 500;
    static final int MAX_BACKOFF_MILLIS = 8_000;
    /**
     * The longest wait a worker sits through: a little over the one-second pace Telegram allows a chat,
     * which keeps a reply's messages together at no real cost. Anything longer frees the worker.
     */
    static final long HOLD_LIMIT_NANOS = TimeUnit.MILLISECONDS.toNanos(1_500);
    /** Longer than any HTTP timeout of the client, so a call never hangs a worker for good. */
    static final long CALL_TIMEOUT_SECONDS = 90;
    private static final String NOT_MODIFIED = "message is not modified";

    private final TelegramClient client;
    private final FloodControl flood;
    private final ShutdownSignal shutdown;
    private final Redactor redactor;
    private final ScheduledExecutorService timer;
    private final FloodWaits waits;
    private final Chunker chunker = new Chunker();
    private final ChatTrail trail;

    /** @param trail hears of every message sent now, so answers know whether they still follow their question */
    Outbox(TelegramClient client, FloodControl flood, ShutdownSignal shutdown, Redactor redactor, ChatTrail trail) {
        this.trail = trail;
        this.client = client;
        this.flood = flood;
        this.shutdown = shutdown;
        this.redactor = redactor;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "telegram-flood-waits");
            thread.setDaemon(true);
            return thread;
        });
        this.waits = new FloodWaits(client, flood, timer, shutdown, redactor);
    }

    /**
     * Sends a reply, split into as many messages as it needs; returns the ids of those delivered now
     * (messages of a chat that must wait are sent later, in order).
     */
    List<Integer> send(Target target, Rich reply) {
        List<Integer> delivered = new ArrayList<>();
        List<List<Span>> messages = chunker.split(reply.spans());
        for (int i = 0; i < messages.size(); i++) {
            Keyboard buttons = i == messages.size() - 1 ? reply.keyboard() : Keyboard.NONE;
            send(target, messages.get(i), buttons).ifPresent(delivered::add);
        }
        return delivered;
    }

    /** Sends one message; its id when delivered now, empty when it failed or will be sent later. */
    Optional<Integer> send(Target target, List<Span> message) {
        return send(target, message, Keyboard.NONE);
    }

    /** Sends one message with buttons under it. */
    Optional<Integer> send(Target target, List<Span> message, Keyboard buttons) {
        Optional<Integer> sent = deliver(target, sendMessage(target, message, buttons), true).map(Message::getMessageId);
        sent.ifPresent(id -> trail.seen(target.chat(), id));
        return sent;
    }

    /**
     * Sends a draft that a later message replaces (a partial answer): it is dropped rather than
     * delayed when the chat must wait, since the finished reply follows anyway.
     */
    Optional<Integer> sendDraft(Target target, List<Span> message) {
        Optional<Integer> sent = deliver(target, sendMessage(target, message, Keyboard.NONE), false)
                .map(Message::getMessageId);
        sent.ifPresent(id -> trail.seen(target.chat(), id));
        return sent;
    }

    /** Replaces the text (and buttons) of a message the bot sent; an identical text is quietly accepted. */
    void edit(Target target, int messageId, List<Span> message, Keyboard buttons) {
        deliver(target, editMessage(target, messageId, message, buttons), true);
    }

    /** Replaces a draft with a later draft: dropped when the chat must wait. */
    void editDraft(Target target, int messageId, List<Span> message) {
        deliver(target, editMessage(target, messageId, message, Keyboard.NONE), false);
    }

    private static SendMessage sendMessage(Target target, List<Span> message, Keyboard buttons) {
        SendMessage.SendMessageBuilder<?, ?> send = SendMessage.builder()
                .chatId(target.chat())
                .text(Html.render(message))
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .messageThreadId(target.thread())
                .replyMarkup(buttons.markup());
        if (target.replyTo() != null) {
            send.replyParameters(ReplyParameters.builder().messageId(target.replyTo())
                    .allowSendingWithoutReply(true).build());
        }
        return send.build();
    }

    private static EditMessageText editMessage(Target target, int messageId, List<Span> message, Keyboard buttons) {
        return EditMessageText.builder().chatId(target.chat()).messageId(messageId).text(Html.render(message))
                .parseMode(ParseMode.HTML).linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .replyMarkup(buttons.markup()).build();
    }

    /** Sends a file, paced like a message; one try, as an admin can simply ask again. */
    void document(Target target, String fileName, byte[] content, String caption) {
        if (!shutdown.pause(flood.reserve(target.chat(), target.group()))
                || !shutdown.pause(flood.reserveShared(target.chat(), target.group()))) {
            return;
        }
        try {
            client.executeAsync(SendDocument.builder().chatId(target.chat()).messageThreadId(target.thread())
                    .document(new InputFile(new ByteArrayInputStream(content), fileName)).caption(caption).build())
                    .get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("sendDocument failed: {}", redactor.describe(e instanceof ExecutionException ? e.getCause() : e));
        }
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

    /**
     * Calls a method that is not a message to a chat (answers to queries, the command menu); not paced.
     * A 429 asking for a long wait gives up: an inline query or a callback is stale by then.
     */
    <T extends Serializable> Optional<T> call(BotApiMethod<T> method) {
        return attempt(method, null, false);
    }

    /** A message to a chat: paced; when the chat must wait long, sent later ({@code mayWait}) or dropped. */
    private <T extends Serializable> Optional<T> deliver(Target target, BotApiMethod<T> method, boolean mayWait) {
        if (mayWait ? waits.joinIfWaiting(target, method) : waits.isWaiting(target.chat())) {
            return Optional.empty();
        }
        long wait = flood.reserve(target.chat(), target.group());
        if (wait > HOLD_LIMIT_NANOS) {
            LOG.debug("Chat {} is {} ms ahead of the flood limit", ChatTag.of(target.chat()), wait / 1_000_000);
            if (mayWait) {
                waits.sendLater(target, method, wait, true);
            }
            return Optional.empty();
        }
        return shutdown.pause(wait) && shutdown.pause(flood.reserveShared(target.chat(), target.group()))
                ? attempt(method, target, mayWait)
                : Optional.empty();
    }

    private <T extends Serializable> Optional<T> attempt(BotApiMethod<T> method, Target paced, boolean mayWait) {
        BackOff backOff = backOff();
        for (int attempt = 1; attempt <= MAX_ATTEMPTS && !shutdown.isStopping(); attempt++) {
            try {
                return Optional.ofNullable(client.executeAsync(method).get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                shutdown.gaveUp();
                return Optional.empty();
            } catch (TelegramApiException e) {
                LOG.warn("{} was not sent: {}", method.getMethod(), redactor.describe(e));
                return Optional.empty();
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                if (cause instanceof TelegramApiRequestException refused && Integer.valueOf(429).equals(refused.getErrorCode())) {
                    long seconds = retryAfter(refused);
                    long nanos = TimeUnit.SECONDS.toNanos(seconds);
                    if (nanos <= HOLD_LIMIT_NANOS) {
                        LOG.info("Telegram asked to slow down {}: waiting {} s", method.getMethod(), seconds);
                        if (!shutdown.pause(nanos)) {
                            return Optional.empty();
                        }
                        continue;
                    }
                    if (paced != null && mayWait) {
                        LOG.info("Telegram asked to slow down {}: a chat waits {} s, its replies are sent then,"
                                + " and other chats go on", method.getMethod(), seconds);
                        waits.sendLater(paced, method, nanos, false);
                    } else {
                        LOG.warn("Telegram asked to wait {} s before {}; not sent", seconds, method.getMethod());
                    }
                    return Optional.empty();
                }
                if (isNotModified(cause)) {
                    return Optional.empty();
                }
                if (!isTransient(cause)) {
                    LOG.warn("Telegram refused {}: {}", method.getMethod(), redactor.clean(cause.getMessage()));
                    return Optional.empty();
                }
                LOG.warn("{} failed (attempt {} of {}), retrying: {}", method.getMethod(), attempt, MAX_ATTEMPTS,
                        redactor.describe(cause));
                if (!shutdown.pause(TimeUnit.MILLISECONDS.toNanos(backOff.nextBackOffMillis()))) {
                    return Optional.empty();
                }
            }
        }
        if (shutdown.isStopping()) {
            shutdown.gaveUp();
        } else {
            LOG.warn("Gave up on {}", method.getMethod());
        }
        return Optional.empty();
    }

    /** The randomised back-off between retries of one call: 0.5 s doubling to 8 s, each ±50%. */
    static BackOff backOff() {
        return new ExponentialBackOff.Builder().setInitialIntervalMillis(FIRST_BACKOFF_MILLIS).setMultiplier(2)
                .setMaxIntervalMillis(MAX_BACKOFF_MILLIS).setRandomizationFactor(0.5).build();
    }

    static long retryAfter(TelegramApiRequestException refused) {
        Integer seconds = refused.getParameters() == null ? null : refused.getParameters().getRetryAfter();
        return seconds == null || seconds < 1 ? 1 : seconds;
    }

    /** A failure worth retrying: the network, a timeout or a 5xx; not a refusal of the request itself. */
    static boolean isTransient(Throwable cause) {
        if (cause instanceof TelegramApiRequestException refused) {
            Integer code = refused.getErrorCode();
            return code != null && code >= 500;
        }
        return true;
    }

    static boolean isNotModified(Throwable cause) {
        return cause instanceof TelegramApiRequestException refused && refused.getApiResponse() != null
                && refused.getApiResponse().contains(NOT_MODIFIED);
    }

    /** Messages still waiting out a flood limit are not sent after this. */
    @Override
    public void close() {
        timer.shutdownNow();
        int dropped = waits.waiting();
        if (dropped > 0) {
            LOG.warn("{} message(s) waiting out Telegram's flood limits were not sent: the bot is stopping", dropped);
        }
    }
}
