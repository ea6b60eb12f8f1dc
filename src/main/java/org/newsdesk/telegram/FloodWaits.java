package org.newsdesk.telegram;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.newsdesk.config.Redactor;
import org.newsdesk.logging.ChatTag;
import org.newsdesk.telegram.intake.PutOff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Messages to chats that must wait (Telegram's 429 asked for {@code retry_after}, or the flood limit is
 * far ahead): each such chat's messages wait in a queue of their own and a timer sends them when the
 * wait is over, so no worker thread sleeps through it and other chats go on. While a chat has messages
 * waiting here, every later message to it joins the queue, so the chat's order holds. Sending here never
 * blocks a thread: each call is asynchronous and its completion schedules the next. The update a waiting
 * message answers stays unfinished until it is sent ({@link PutOff}): when the bot stops first, the
 * message is dropped and the update answered again, so nothing is lost.
 */
final class FloodWaits {

    private static final Logger LOG = LoggerFactory.getLogger(FloodWaits.class);

    /** A message waiting its turn; its flood-limit slot is taken once, just before it is sent. */
    private static final class Waiting {
        final Target target;
        final BotApiMethod<? extends Serializable> method;
        final BackOff backOff;
        boolean slotTaken;
        /** Whether it has its place in the bot's overall pace, booked when its chat's slot has come. */
        boolean sharedTaken;
        int attempts;
        /** Lets the update it answers be marked done once it is sent ({@link PutOff}). */
        final Runnable sent = PutOff.hold();

        Waiting(Target target, BotApiMethod<? extends Serializable> method, BackOff backOff, boolean slotTaken) {
            this.target = target;
            this.method = method;
            this.backOff = backOff;
            this.slotTaken = slotTaken;
        }
    }

    private final TelegramClient client;
    private final FloodControl flood;
    private final ScheduledExecutorService timer;
    private final ShutdownSignal shutdown;
    private final Redactor redactor;
    /** Chats with messages waiting, in the order they are to go. Guarded by {@code this}. */
    private final Map<Long, Deque<Waiting>> chats = new HashMap<>();

    FloodWaits(TelegramClient client, FloodControl flood, ScheduledExecutorService timer, ShutdownSignal shutdown,
               Redactor redactor) {
        this.client = client;
        this.flood = flood;
        this.timer = timer;
        this.shutdown = shutdown;
        this.redactor = redactor;
    }

    /** Puts the message behind those already waiting for its chat; false when the chat is not waiting. */
    synchronized boolean joinIfWaiting(Target target, BotApiMethod<? extends Serializable> method) {
        Deque<Waiting> queue = chats.get(target.chat());
        if (queue == null) {
            return false;
        }
        queue.addLast(new Waiting(target, method, Outbox.backOff(), false));
        return true;
    }

    synchronized boolean isWaiting(long chat) {
        return chats.containsKey(chat);
    }

    /**
     * Sends the message after {@code nanos}, ahead of anything sent to its chat later; the chat waits
     * from now on.
     *
     * @param slotTaken whether the message already holds its flood-limit slot (the wait is that slot's)
     */
    void sendLater(Target target, BotApiMethod<? extends Serializable> method, long nanos, boolean slotTaken) {
        boolean first;
        synchronized (this) {
            Deque<Waiting> queue = chats.computeIfAbsent(target.chat(), chat -> new ArrayDeque<>());
            first = queue.isEmpty();
            queue.addLast(new Waiting(target, method, Outbox.backOff(), slotTaken));
        }
        LOG.debug("Chat {} waits {} s before Telegram takes more; its replies are sent then",
                ChatTag.of(target.chat()), TimeUnit.NANOSECONDS.toSeconds(nanos));
        if (first) {
            schedule(target.chat(), nanos);
        }
    }

    /** How many messages wait, over all chats. */
    synchronized int waiting() {
        return chats.values().stream().mapToInt(Deque::size).sum();
    }

    private void schedule(long chat, long nanos) {
        try {
            timer.schedule(() -> next(chat), Math.max(0, nanos), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            dropAll("the bot is stopping");
        }
    }

    /** Sends the chat's next waiting message, or schedules it for when its flood-limit slot comes. */
    private void next(long chat) {
        Waiting head;
        synchronized (this) {
            Deque<Waiting> queue = chats.get(chat);
            head = queue == null ? null : queue.peekFirst();
            if (head == null) {
                chats.remove(chat);
                return;
            }
        }
        if (shutdown.isStopping()) {
            dropAll("the bot is stopping");
            return;
        }
        // each booking is taken once, however often the message waits for one
        if (!head.slotTaken) {
            head.slotTaken = true;
            if (bookedForLater(chat, flood.reserve(chat, head.target.group()))) {
                return;
            }
        }
        if (!head.sharedTaken) {
            head.sharedTaken = true;
            if (bookedForLater(chat, flood.reserveShared(chat, head.target.group()))) {
                return;
            }
        }
        head.attempts++;
        CompletableFuture<? extends Serializable> call;
        try {
            call = client.executeAsync(head.method);
        } catch (Exception e) {
            call = CompletableFuture.failedFuture(e);
        }
        call.whenComplete((result, failure) -> completed(chat, head, failure));
    }

    /** Whether a booking is for later ({@code wait} nanoseconds above 0): the chat is then scheduled for then. */
    private boolean bookedForLater(long chat, long wait) {
        if (wait <= 0) {
            return false;
        }
        schedule(chat, wait);
        return true;
    }

    private void completed(long chat, Waiting head, Throwable failure) {
        head.slotTaken = false;
        head.sharedTaken = false;
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof TelegramApiRequestException refused && Integer.valueOf(429).equals(refused.getErrorCode())) {
            schedule(chat, TimeUnit.SECONDS.toNanos(Outbox.retryAfter(refused)));
            return;
        }
        if (cause != null && Outbox.isTransient(cause) && head.attempts < Outbox.MAX_ATTEMPTS) {
            LOG.warn("{} to chat {} failed (attempt {} of {}), retrying: {}", head.method.getMethod(),
                    ChatTag.of(chat), head.attempts, Outbox.MAX_ATTEMPTS, redactor.describe(cause));
            schedule(chat, TimeUnit.MILLISECONDS.toNanos(head.backOff.nextBackOffMillis()));
            return;
        }
        if (cause != null && !Outbox.isNotModified(cause)) {
            LOG.warn("Gave up on {} to chat {}: {}", head.method.getMethod(), ChatTag.of(chat), redactor.describe(cause));
        }
        boolean more;
        synchronized (this) {
            Deque<Waiting> queue = chats.get(chat);
            if (queue == null) {
                return; // dropped while the call was in flight: the bot is stopping
            }
            queue.pollFirst();
            head.sent.run();
            more = !queue.isEmpty();
            if (!more) {
                chats.remove(chat);
            }
        }
        if (more) {
            schedule(chat, 0);
        }
    }

    private void dropAll(String why) {
        int dropped;
        synchronized (this) {
            dropped = waiting();
            chats.clear();
        }
        if (dropped > 0) {
            LOG.warn("{} message(s) waiting out Telegram's flood limits were not sent: {}", dropped, why);
        }
    }
}
