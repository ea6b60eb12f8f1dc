package org.newsdesk.telegram;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.commons.lang3.concurrent.BasicThreadFactory;

/** Keeps "typing…" showing in a chat while work goes on: Telegram clears it after five seconds. */
final class Typing implements AutoCloseable {

    /** A little under the five seconds Telegram shows the action for. */
    static final long REPEAT_SECONDS = 4;

    private final Outbox outbox;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            BasicThreadFactory.builder().namingPattern("telegram-typing").daemon().build());

    Typing(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Shows the action now and again every few seconds until the returned handle is closed. */
    Shown show(Target target) {
        outbox.typing(target);
        ScheduledFuture<?> repeat = timer.scheduleWithFixedDelay(() -> outbox.typing(target),
                REPEAT_SECONDS, REPEAT_SECONDS, TimeUnit.SECONDS);
        return () -> repeat.cancel(false);
    }

    /** An action being shown; closing it stops the repeats. */
    interface Shown extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
