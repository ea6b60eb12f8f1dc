package org.newsdesk.telegram;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Tells waiting work that the bot is stopping, and cuts its waits short (a 429 may ask for a minute). */
final class ShutdownSignal {

    private final CountDownLatch stopped = new CountDownLatch(1);

    void stop() {
        stopped.countDown();
    }

    boolean isStopping() {
        return stopped.getCount() == 0;
    }

    /** Waits for the given time unless the bot stops first; returns false if it stopped. */
    boolean pause(long nanos) {
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
}
