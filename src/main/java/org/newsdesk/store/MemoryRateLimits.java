package org.newsdesk.store;

import java.util.HashMap;
import java.util.Map;

/** Rate limits of a single process, in memory. */
public final class MemoryRateLimits implements RateLimits {

    /** Above this many keys, those that could make a full burst again and owe no notice are forgotten. */
    private static final int TRIM_ABOVE = 10_000;

    private final Map<String, Schedule> keys = new HashMap<>();

    @Override
    public synchronized Outcome take(String key, Limit limit, long atNanos) {
        if (keys.size() > TRIM_ABOVE) {
            keys.values().removeIf(schedule -> schedule.next() <= atNanos && !schedule.noticed());
        }
        Schedule schedule = keys.getOrDefault(key, Schedule.fresh(atNanos));
        Outcome outcome = schedule.outcome(limit, atNanos);
        keys.put(key, schedule.taken(limit, atNanos));
        return outcome;
    }

    @Override
    public synchronized long nanosUntilAllowed(String key, Limit limit, long atNanos) {
        Schedule schedule = keys.get(key);
        return schedule == null ? 0 : schedule.nanosUntilAllowed(limit, atNanos);
    }
}
