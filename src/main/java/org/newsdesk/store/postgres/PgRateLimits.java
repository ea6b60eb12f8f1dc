package org.newsdesk.store.postgres;

import java.sql.ResultSet;
import org.newsdesk.store.RateLimits;

/** Rate limits every instance counts together: each key's schedule is a row, read and moved in one transaction. */
final class PgRateLimits implements RateLimits {

    /** A reader unheard from for a day has long been able to make a full burst again. */
    private static final java.time.Duration FORGET_AFTER = java.time.Duration.ofDays(1);

    private final Database database;
    private final Occasionally pruning = new Occasionally(java.time.Duration.ofMinutes(10));

    PgRateLimits(Database database) {
        this.database = database;
    }

    @Override
    public Outcome take(String key, Limit limit, long atNanos) {
        if (pruning.due()) {
            database.update("forgetting idle readers' limits", "DELETE FROM rate_limits WHERE updated_at"
                    + " < clock_timestamp() - make_interval(secs => ?)", (double) FORGET_AFTER.toSeconds());
        }
        return database.inTransaction("counting a request", connection -> {
            try (var create = connection.prepareStatement("INSERT INTO rate_limits (key, next_nanos, noticed)"
                    + " VALUES (?, ?, false) ON CONFLICT (key) DO NOTHING")) {
                create.setString(1, key);
                create.setLong(2, atNanos);
                create.executeUpdate();
            }
            Schedule schedule;
            try (var read = connection.prepareStatement("SELECT next_nanos, noticed FROM rate_limits WHERE key = ?"
                    + " FOR UPDATE")) {
                read.setString(1, key);
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    schedule = new Schedule(row.getLong(1), row.getBoolean(2));
                }
            }
            Schedule taken = schedule.taken(limit, atNanos);
            try (var write = connection.prepareStatement("UPDATE rate_limits SET next_nanos = ?, noticed = ?,"
                    + " updated_at = clock_timestamp() WHERE key = ?")) {
                write.setLong(1, taken.next());
                write.setBoolean(2, taken.noticed());
                write.setString(3, key);
                write.executeUpdate();
            }
            return schedule.outcome(limit, atNanos);
        });
    }

    @Override
    public long nanosUntilAllowed(String key, Limit limit, long atNanos) {
        return database.inTransaction("reading a rate limit", connection -> {
            try (var read = connection.prepareStatement("SELECT next_nanos, noticed FROM rate_limits WHERE key = ?")) {
                read.setString(1, key);
                try (ResultSet row = read.executeQuery()) {
                    return row.next() ? new Schedule(row.getLong(1), row.getBoolean(2)).nanosUntilAllowed(limit, atNanos)
                            : 0L;
                }
            }
        });
    }
}
