package org.newsdesk.store;

/**
 * Which one of the running instances does a job only one may do at a time (polling Telegram: it allows
 * one consumer of getUpdates per bot). With one process it is always this one.
 */
public interface Leadership extends AutoCloseable {

    /**
     * Starts taking part: {@code gained} runs when this instance becomes the leader, {@code lost} when it
     * stops being it (its hold on the store broke); both on a thread of the leadership's own.
     */
    void start(Runnable gained, Runnable lost);

    /** Steps down (running {@code lost} if it leads) so another instance takes over at once. */
    @Override
    void close();

    /** The leadership of a single process: it leads from the start. */
    static Leadership alone() {
        return new Leadership() {
            private Runnable lost;

            @Override
            public synchronized void start(Runnable gained, Runnable lost) {
                this.lost = lost;
                gained.run();
            }

            @Override
            public synchronized void close() {
                if (lost != null) {
                    lost.run();
                    lost = null;
                }
            }
        };
    }
}
