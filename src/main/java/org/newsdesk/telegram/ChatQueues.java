package org.newsdesk.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsdesk.logging.ChatTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work for many chats on a few threads of its own: one chat's tasks strictly in order, one at a
 * time, while other chats proceed in parallel. After each task a chat goes to the back of the line,
 * so a chat with a long backlog takes turns with the others instead of holding a thread.
 */
final class ChatQueues {

    private static final Logger LOG = LoggerFactory.getLogger(ChatQueues.class);

    /** More waiting than this in one chat means a flood the rate limiter let through; the excess is dropped. */
    static final int MAX_BACKLOG = 100;

    private final ExecutorService workers;
    /** Chats with work in progress, and what waits behind it. Guarded by {@code this}. */
    private final Map<String, Deque<Runnable>> waiting = new HashMap<>();

    ChatQueues(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "telegram-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues a task behind the chat's earlier ones; false when it was dropped (backlog full or closed). */
    boolean submit(String chat, Runnable task) {
        synchronized (this) {
            Deque<Runnable> queue = waiting.get(chat);
            if (queue != null) {
                if (queue.size() >= MAX_BACKLOG) {
                    LOG.warn("Dropped a task for chat {}: {} already waiting", ChatTag.of(chat), queue.size());
                    return false;
                }
                queue.addLast(task);
                return true;
            }
            waiting.put(chat, new ArrayDeque<>());
        }
        return turn(chat, task);
    }

    private boolean turn(String chat, Runnable task) {
        try {
            workers.execute(() -> run(chat, task));
            return true;
        } catch (RejectedExecutionException closed) {
            synchronized (this) {
                waiting.remove(chat);
            }
            return false;
        }
    }

    private void run(String chat, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.error("A task for chat {} failed", ChatTag.of(chat), e);
        }
        Runnable next;
        synchronized (this) {
            Deque<Runnable> queue = waiting.get(chat);
            next = queue.pollFirst();
            if (next == null) {
                waiting.remove(chat);
            }
        }
        if (next != null) {
            turn(chat, next);
        }
    }

    /** Takes no more tasks; queued ones still run. */
    void stopAccepting() {
        workers.shutdown();
    }

    /** Waits for queued and running tasks to finish; true if they did in time. */
    boolean awaitDone(long millis) {
        try {
            return workers.awaitTermination(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Interrupts running tasks and drops queued ones. */
    void interrupt() {
        workers.shutdownNow();
    }
}
