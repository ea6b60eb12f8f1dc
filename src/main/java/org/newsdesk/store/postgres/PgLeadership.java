package org.newsdesk.store.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.commons.lang3.concurrent.BasicThreadFactory;
import org.newsdesk.store.Leadership;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leadership by a PostgreSQL advisory lock held on a connection of its own (not the pool's): the instance
 * holding it leads. When the leader dies its connection closes and PostgreSQL frees the lock, and the next
 * instance to try (each tries every {@link #CHECK_EVERY}) takes over. The leader checks its connection as
 * often; if it broke, the lock may be someone else's now, so it steps down at once.
 */
final class PgLeadership implements Leadership {

    private static final Logger LOG = LoggerFactory.getLogger(PgLeadership.class);

    /** Takeover comes within this (plus the new leader's first poll) after the leader's death. */
    static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    /** The lock's key: one bot per database, so one constant ("newsdesk" in ASCII). */
    static final long LOCK_KEY = 0x6e657773_6465736bL;

    private final String url;
    private final Properties credentials;
    private final ScheduledExecutorService thread;
    private Connection connection;
    private boolean leading;
    private Runnable gained;
    private Runnable lost;

    PgLeadership(String url, Properties credentials) {
        this.url = url;
        this.credentials = credentials;
        this.thread = Executors.newSingleThreadScheduledExecutor(
                BasicThreadFactory.builder().namingPattern("store-leadership").daemon().build());
    }

    @Override
    public synchronized void start(Runnable gained, Runnable lost) {
        this.gained = gained;
        this.lost = lost;
        thread.scheduleWithFixedDelay(this::check, 0, CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check() {
        Runnable run = null;
        synchronized (this) {
            try {
                if (connection == null) {
                    connection = DriverManager.getConnection(url, credentials);
                }
                try (Statement statement = connection.createStatement()) {
                    statement.setQueryTimeout(5);
                    if (leading) {
                        statement.execute("SELECT 1");
                    } else {
                        try (ResultSet row = statement.executeQuery("SELECT pg_try_advisory_lock(" + LOCK_KEY + ")")) {
                            if (row.next() && row.getBoolean(1)) {
                                leading = true;
                                LOG.info("This instance now polls Telegram for the others");
                                run = gained;
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                LOG.warn("The connection that decides which instance polls failed: {}", Database.oneLine(e));
                disconnect();
                if (leading) {
                    leading = false;
                    run = lost;
                }
            }
        }
        if (run != null) {
            run.run();
        }
    }

    private void disconnect() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // it is being dropped because it failed
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (leading) {
                leading = false;
                lost.run(); // stop polling first, then let the next instance take over
            }
            disconnect(); // closing the connection frees the lock
        }
    }
}
