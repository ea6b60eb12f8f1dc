package org.newsdesk.store;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/** Pacing within this process (one process shares nothing): each bucket's next theoretical send time, in memory. */
public final class MemoryPacing implements Pacing {

    /** Above this many buckets, those whose schedule is in the past (they would be fresh anyway) are forgotten. */
    private static final int TRIM_ABOVE = 10_000;

    private final LongSupplier nanoClock;
    private final Map<String, Long> next = new HashMap<>();

    /** @param nanoClock {@link System#nanoTime()} or a test's clock */
    public MemoryPacing(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    @Override
    public synchronized Duration reserve(List<Limit> limits) {
        long now = nanoClock.getAsLong();
        if (next.size() > TRIM_ABOVE) {
            next.values().removeIf(time -> time - now < 0);
        }
        long slot = now;
        for (Limit limit : limits) {
            Long scheduled = next.get(limit.bucket());
            if (scheduled != null) {
                slot = Math.max(slot, scheduled - limit.toleranceNanos());
            }
        }
        for (Limit limit : limits) {
            Long scheduled = next.get(limit.bucket());
            long from = scheduled == null ? slot : Math.max(scheduled, slot);
            next.put(limit.bucket(), from + limit.intervalNanos());
        }
        return Duration.ofNanos(slot - now);
    }

    @Override
    public synchronized void sendsLate(List<Limit> limits, Duration fromNow) {
        long sends = nanoClock.getAsLong() + fromNow.toNanos();
        for (Limit limit : limits) {
            next.merge(limit.bucket(), sends + limit.intervalNanos(), Math::max);
        }
    }
}
