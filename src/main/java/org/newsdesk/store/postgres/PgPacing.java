package org.newsdesk.store.postgres;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.newsdesk.store.Pacing;

/**
 * Pacing shared by every instance: each bucket's next theoretical send time is a row, read and moved in one
 * transaction that locks the rows it books (in bucket order, so two reservations never deadlock). Times
 * are the database's clock, so instances on machines whose clocks differ still pace as one.
 */
final class PgPacing implements Pacing {

    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

    private final Database database;
    private final Occasionally pruning = new Occasionally(PRUNE_EVERY);

    PgPacing(Database database) {
        this.database = database;
    }

    @Override
    public Duration reserve(List<Limit> limits) {
        pruneNowAndThen();
        String[] buckets = limits.stream().map(Limit::bucket).sorted().distinct().toArray(String[]::new);
        return database.inTransaction("pacing a message", connection -> {
            try (var create = connection.prepareStatement("INSERT INTO pace (bucket, next_send)"
                    + " SELECT unnest(?::text[]), '-infinity' ON CONFLICT (bucket) DO NOTHING")) {
                create.setArray(1, connection.createArrayOf("text", buckets));
                create.executeUpdate();
            }
            Map<String, Instant> scheduled = new HashMap<>();
            Instant now;
            try (var read = connection.prepareStatement("SELECT bucket, next_send, clock_timestamp() FROM pace"
                    + " WHERE bucket = ANY (?) ORDER BY bucket FOR UPDATE")) {
                read.setArray(1, connection.createArrayOf("text", buckets));
                try (ResultSet rows = read.executeQuery()) {
                    now = null;
                    while (rows.next()) {
                        Timestamp next = rows.getTimestamp(2);
                        scheduled.put(rows.getString(1), next == null ? Instant.MIN : next.toInstant());
                        now = rows.getTimestamp(3).toInstant();
                    }
                }
            }
            Instant slot = now;
            for (Limit limit : limits) {
                Instant next = scheduled.get(limit.bucket());
                if (next != null && next.isAfter(Instant.EPOCH)) {
                    Instant allowed = next.minusNanos(limit.toleranceNanos());
                    slot = allowed.isAfter(slot) ? allowed : slot;
                }
            }
            try (var book = connection.prepareStatement("UPDATE pace SET next_send = ? WHERE bucket = ?")) {
                for (Limit limit : limits) {
                    Instant next = scheduled.get(limit.bucket());
                    Instant from = next != null && next.isAfter(slot) ? next : slot;
                    book.setTimestamp(1, Timestamp.from(from.plus(limit.interval())));
                    book.setString(2, limit.bucket());
                    book.addBatch();
                }
                book.executeBatch();
            }
            return Duration.between(now, slot);
        });
    }

    @Override
    public void sendsLate(List<Limit> limits, Duration fromNow) {
        database.inTransaction("pacing a late send", connection -> {
            try (var late = connection.prepareStatement("UPDATE pace SET next_send = greatest(next_send,"
                    + " clock_timestamp() + ? * interval '1 microsecond') WHERE bucket = ?")) {
                for (Limit limit : limits) {
                    late.setLong(1, TimeUnit.NANOSECONDS.toMicros(fromNow.toNanos() + limit.intervalNanos()));
                    late.setString(2, limit.bucket());
                    late.addBatch();
                }
                return late.executeBatch().length;
            }
        });
    }

    private void pruneNowAndThen() {
        if (pruning.due()) {
            database.update("pruning idle pacing", "DELETE FROM pace WHERE next_send < clock_timestamp() - interval '1 hour'");
        }
    }
}
