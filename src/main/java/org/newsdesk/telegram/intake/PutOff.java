package org.newsdesk.telegram.intake;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The replies of the update a worker is handling that were put off to be sent later, because their chat
 * waits out a flood limit. The update is marked done only once they are sent: a process that stops before
 * then has not answered it, so it is answered again (after a restart, or by another instance) rather than
 * lost with the replies that were still waiting.
 */
public final class PutOff {

    private static final ThreadLocal<PutOff> CURRENT = new ThreadLocal<>();

    /** The replies still waiting, and one more for the handler until it returns. */
    private final AtomicInteger pending = new AtomicInteger(1);
    private final Runnable allSent;

    private PutOff(Runnable allSent) {
        this.allSent = allSent;
    }

    /** Starts tracking the replies put off on this thread; {@code allSent} runs once, when the last is sent. */
    static PutOff begin(Runnable allSent) {
        PutOff putOff = new PutOff(allSent);
        CURRENT.set(putOff);
        return putOff;
    }

    /**
     * Holds the current update open for a reply put off on this thread; the action returned must run when
     * that reply is sent or given up for good (not when the process stops). Outside a worker, holds nothing.
     */
    public static Runnable hold() {
        PutOff current = CURRENT.get();
        if (current == null) {
            return () -> { };
        }
        current.pending.incrementAndGet();
        AtomicBoolean once = new AtomicBoolean();
        return () -> {
            if (once.compareAndSet(false, true)) {
                current.release();
            }
        };
    }

    /** The handler returned: the update is finished now, or when its last reply put off is sent. */
    void handled() {
        CURRENT.remove();
        release();
    }

    private void release() {
        if (pending.decrementAndGet() == 0) {
            allSent.run();
        }
    }
}
