package org.newsdesk.store.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.apache.commons.lang3.concurrent.BasicThreadFactory;
import org.newsdesk.store.Broadcasts;
import org.newsdesk.store.StoreException;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Broadcasts between instances by PostgreSQL's LISTEN/NOTIFY: each instance listens on a connection of its
 * own and marks itself alive in {@code instances} as it does; a request is a notification naming the topic and
 * a request id, and each instance that serves the topic writes its report as a row of {@code
 * broadcast_results}, which the asking instance collects until every live instance has answered.
 */
final class PgBroadcasts implements Broadcasts {

    private static final Logger LOG = LoggerFactory.getLogger(PgBroadcasts.class);

    static final String CHANNEL = "newsdesk_broadcast";
    /** An instance is taken for alive while it has marked itself so this recently (it does every second). */
    static final Duration ALIVE = Duration.ofSeconds(5);
    private static final int LISTEN_MILLIS = 1_000;
    private static final long POLL_RESULTS_MILLIS = 100;

    private final Database database;
    private final String url;
    private final Properties credentials;
    private final String instance;
    private final Map<String, Supplier<String>> handlers = new ConcurrentHashMap<>();
    private final ExecutorService listener = Executors.newSingleThreadExecutor(
            BasicThreadFactory.builder().namingPattern("store-broadcasts").daemon().build());
    private final ExecutorService work = Executors.newSingleThreadExecutor(
            BasicThreadFactory.builder().namingPattern("store-broadcast-work").daemon().build());
    private volatile boolean open = true;
    private boolean listening;

    PgBroadcasts(Database database, String url, Properties credentials, String instance) {
        this.database = database;
        this.url = url;
        this.credentials = credentials;
        this.instance = instance;
    }

    @Override
    public synchronized void serve(String topic, Supplier<String> handler) {
        handlers.put(topic, handler);
        if (!listening) {
            listening = true;
            listener.execute(this::listen);
        }
    }

    private void listen() {
        while (open) {
            try (Connection connection = DriverManager.getConnection(url, credentials)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (open) {
                    markAlive(connection);
                    PGNotification[] received = notifications.getNotifications(LISTEN_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            received(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (open) {
                    LOG.warn("Listening for requests to every instance failed: {}; listening again shortly",
                            Database.oneLine(e));
                    pause();
                }
            }
        }
    }

    private void markAlive(Connection connection) throws SQLException {
        try (var alive = connection.prepareStatement("INSERT INTO instances (name, seen_at) VALUES (?, clock_timestamp())"
                + " ON CONFLICT (name) DO UPDATE SET seen_at = excluded.seen_at")) {
            alive.setString(1, instance);
            alive.executeUpdate();
        }
    }

    /** A request is its topic, its id and the asking instance, a line each; the asker does its own work. */
    private void received(String payload) {
        String[] parts = payload.split("\n", 3);
        if (parts.length < 3 || parts[2].equals(instance)) {
            return;
        }
        Supplier<String> handler = handlers.get(parts[0]);
        if (handler != null) {
            work.execute(() -> report(parts[1], handler));
        }
    }

    private void report(String request, Supplier<String> handler) {
        String text;
        try {
            text = handler.get();
        } catch (RuntimeException e) {
            text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        try {
            database.update("reporting to a broadcast", "INSERT INTO broadcast_results (request_id, instance, result)"
                    + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING", request, instance, text);
        } catch (StoreException e) {
            LOG.warn("Could not report to a broadcast: {}", e.getMessage());
        }
    }

    @Override
    public Results ask(String topic, Duration patience) {
        String request = UUID.randomUUID().toString();
        int others = database.inTransaction("asking every instance", connection -> {
            try (var notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                notify.setString(1, CHANNEL);
                notify.setString(2, topic + "\n" + request + "\n" + instance);
                notify.execute();
            }
            try (var count = connection.prepareStatement("SELECT count(*) FROM instances"
                    + " WHERE seen_at > clock_timestamp() - make_interval(secs => ?) AND name <> ?")) {
                count.setDouble(1, ALIVE.toSeconds());
                count.setString(2, instance);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
        long deadline = System.nanoTime() + patience.toNanos();
        List<Result> results = results(request);
        while (results.size() < others && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_RESULTS_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            results = results(request);
        }
        database.update("forgetting a broadcast", "DELETE FROM broadcast_results WHERE request_id = ?", request);
        return new Results(results, Math.max(0, others - results.size()));
    }

    private List<Result> results(String request) {
        return database.inTransaction("collecting a broadcast's results", connection -> {
            List<Result> results = new ArrayList<>();
            try (var select = connection.prepareStatement("SELECT instance, result FROM broadcast_results"
                    + " WHERE request_id = ? ORDER BY instance")) {
                select.setString(1, request);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        results.add(new Result(rows.getString(1), rows.getString(2)));
                    }
                }
            }
            return results;
        });
    }

    private void pause() {
        try {
            Thread.sleep(LISTEN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            open = false;
        }
    }

    @Override
    public void close() {
        open = false;
        listener.shutdownNow();
        work.shutdownNow();
        try {
            database.update("leaving", "DELETE FROM instances WHERE name = ?", instance);
        } catch (StoreException e) {
            LOG.debug("Could not remove this instance from the list: {}", e.getMessage());
        }
    }
}
