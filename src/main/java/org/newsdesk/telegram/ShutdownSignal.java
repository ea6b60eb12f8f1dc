package org.newsdesk.telegram;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Tells waiting work that the bot is stopping, and cuts its waits short (a 429 may ask for a minute).
 * Remembers, per thread, whether a send was given up because of the stop, so the worker knows whether
 * the update it was answering was answered or must be given back.
 */
final class ShutdownSignal {

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final ThreadLocal<Boolean> gaveUp = ThreadLocal.withInitial(() -> false);

    void stop() {
        stopped.countDown();
    }

    boolean isStopping() {
        return stopped.getCount() == 0;
    }

    /** Waits for the given time unless the bot stops first; returns false (a send given up) if it stopped. */
    boolean pause(long nanos) {
        boolean going = pauseQuietly(nanos);
        if (!going) {
            gaveUp();
        }
        return going;
    }

    private boolean pauseQuietly(long nanos) {
        if (nanos <= 0) {
            return !isStopping();
        }
        try {
            return !stopped.await(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** This thread gave up a send because the bot is stopping. */
    void gaveUp() {
        gaveUp.set(true);
    }

    /** Whether this thread gave up a send since the last call; the answer clears it. */
    boolean takeGaveUp() {
        boolean was = gaveUp.get();
        gaveUp.set(false);
        return was;
    }
}
