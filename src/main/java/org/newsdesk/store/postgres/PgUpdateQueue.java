package org.newsdesk.store.postgres;

import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.newsdesk.store.UpdateQueue;

/**
 * The update queue shared by every instance: a row per update, unique by Telegram's update id. A worker
 * claims a chat's oldest waiting update only while nobody holds a live lease on it ({@code FOR UPDATE SKIP
 * LOCKED}, so instances never wait on each other), which keeps each chat's updates in order across
 * instances; a lease not renewed within {@link #LEASE} (its instance died) lapses and the update is
 * claimed again. Answered rows are kept a day, so an update Telegram sends again is recognised, then pruned.
 */
final class PgUpdateQueue implements UpdateQueue {

    /**
     * How long a claim holds without renewal: the workers renew every third of it, so only a dead or
     * frozen instance loses one, and another answers its updates this long after it died.
     */
    static final Duration LEASE = Duration.ofSeconds(12);
    /** Telegram keeps an unconfirmed update for a day; an answered one is remembered as long. */
    static final Duration KEEP_DONE = Duration.ofDays(1);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

    private static final String CLAIM = """
            WITH heads AS (
                SELECT DISTINCT ON (chat) update_id FROM updates WHERE done_at IS NULL ORDER BY chat, update_id
            ), free AS (
                SELECT u.update_id FROM updates u JOIN heads h ON h.update_id = u.update_id
                WHERE u.done_at IS NULL AND (u.lease_until IS NULL OR u.lease_until < clock_timestamp())
                ORDER BY u.update_id LIMIT ? FOR UPDATE OF u SKIP LOCKED
            )
            UPDATE updates SET lease_owner = ?, lease_until = clock_timestamp() + make_interval(secs => ?),
                attempts = updates.attempts + 1
            FROM free WHERE updates.update_id = free.update_id
            RETURNING updates.update_id, updates.chat, updates.body, updates.attempts""";

    private final Database database;
    private final String owner;
    private final double leaseSeconds;
    private final Occasionally pruning = new Occasionally(PRUNE_EVERY);

    PgUpdateQueue(Database database, String owner, Duration lease) {
        this.database = database;
        this.owner = owner;
        this.leaseSeconds = lease.toMillis() / 1000.0;
    }

    @Override
    public void store(List<Received> updates) {
        if (updates.isEmpty()) {
            return;
        }
        database.inTransaction("storing " + updates.size() + " update(s)", connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO updates (update_id, chat, body) VALUES (?, ?, ?)"
                    + " ON CONFLICT (update_id) DO NOTHING")) {
                for (Received update : updates) {
                    insert.setLong(1, update.id());
                    insert.setString(2, update.chat());
                    insert.setString(3, update.json());
                    insert.addBatch();
                }
                return insert.executeBatch();
            }
        });
    }

    @Override
    public List<Claim> claim(int max) {
        if (max <= 0) {
            return List.of();
        }
        pruneNowAndThen();
        return database.inTransaction("claiming updates", connection -> {
            List<Claim> claims = new ArrayList<>();
            try (var claim = connection.prepareStatement(CLAIM)) {
                claim.setInt(1, max);
                claim.setString(2, owner);
                claim.setDouble(3, leaseSeconds);
                try (ResultSet rows = claim.executeQuery()) {
                    while (rows.next()) {
                        claims.add(new Claim(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4)));
                    }
                }
            }
            claims.sort(java.util.Comparator.comparingLong(Claim::id));
            return claims;
        });
    }

    @Override
    public void renew(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        database.inTransaction("renewing leases", connection -> {
            try (var renew = connection.prepareStatement("UPDATE updates SET lease_until = clock_timestamp()"
                    + " + make_interval(secs => ?) WHERE update_id = ANY (?) AND lease_owner = ? AND done_at IS NULL")) {
                renew.setDouble(1, leaseSeconds);
                renew.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
                renew.setString(3, owner);
                return renew.executeUpdate();
            }
        });
    }

    @Override
    public void done(long id) {
        database.update("marking an update answered", "UPDATE updates SET done_at = clock_timestamp(), lease_until = NULL"
                + " WHERE update_id = ? AND done_at IS NULL", id);
    }

    @Override
    public void release(long id) {
        // a claim given back sent nothing, so it does not count as an attempt
        database.update("giving back an update", "UPDATE updates SET lease_until = NULL, lease_owner = NULL,"
                + " attempts = attempts - 1 WHERE update_id = ? AND lease_owner = ? AND done_at IS NULL", id, owner);
    }

    @Override
    public int waiting() {
        return database.inTransaction("counting waiting updates", connection -> {
            try (ResultSet row = connection.createStatement()
                    .executeQuery("SELECT count(*) FROM updates WHERE done_at IS NULL")) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    /** Answered rows are kept for {@link #KEEP_DONE} whatever Telegram confirmed: another instance may still poll below. */
    @Override
    public void confirmedBelow(long id) {
        pruneNowAndThen();
    }

    private void pruneNowAndThen() {
        if (pruning.due()) {
            database.update("pruning answered updates", "DELETE FROM updates WHERE done_at < clock_timestamp()"
                    + " - make_interval(secs => ?)", (double) KEEP_DONE.toSeconds());
        }
    }
}
