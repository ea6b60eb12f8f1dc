package org.newsdesk.cli;

import java.io.PrintStream;
import org.newsdesk.index.Progress;

/**
 * Progress on standard error for work that takes a while: silent for the first second, then a line
 * at most twice a second, so short runs stay quiet and long ones show they are alive.
 */
final class ConsoleProgress implements Progress {

    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long INTERVAL_NANOS = 500_000_000L;

    private final PrintStream err;
    private final String doing;
    private long started = -1;
    private long lastShown;

    ConsoleProgress(PrintStream err) {
        this(err, "Indexing");
    }

    /** @param doing what the work is, as the start of each line ("Evaluating") */
    ConsoleProgress(PrintStream err, String doing) {
        this.err = err;
        this.doing = doing;
    }

    @Override
    public synchronized void update(int done, int total, String what) {
        long now = System.nanoTime();
        if (started < 0) {
            started = now;
        }
        boolean finished = done == total;
        if (now - started < QUIET_NANOS || (!finished && now - lastShown < INTERVAL_NANOS)) {
            return;
        }
        lastShown = now;
        err.printf("%s: %d/%d %s (%d%%)%n", doing, done, total, what, total == 0 ? 100 : done * 100L / total);
    }
}
