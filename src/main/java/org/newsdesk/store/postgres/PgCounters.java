package org.newsdesk.store.postgres;

import java.sql.ResultSet;
import java.time.Instant;
import org.newsdesk.store.Counters;

/** The counters as rows, incremented in place, so every instance adds to the same totals. */
final class PgCounters implements Counters {

    private final Database database;
    private final Instant since;

    PgCounters(Database database) {
        this.database = database;
        this.since = database.inTransaction("reading when counting began", connection -> {
            try (ResultSet row = connection.createStatement()
                    .executeQuery("SELECT value FROM store_facts WHERE name = 'since'")) {
                return row.next() ? Instant.parse(row.getString(1)) : Instant.now();
            }
        });
    }

    @Override
    public void increment(String name) {
        database.update("counting " + name, "INSERT INTO counters (name, value) VALUES (?, 1)"
                + " ON CONFLICT (name) DO UPDATE SET value = counters.value + 1", name);
    }

    @Override
    public long get(String name) {
        return database.inTransaction("reading a counter", connection -> {
            try (var statement = connection.prepareStatement("SELECT value FROM counters WHERE name = ?")) {
                statement.setString(1, name);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? row.getLong(1) : 0L;
                }
            }
        });
    }

    @Override
    public Instant since() {
        return since;
    }
}
