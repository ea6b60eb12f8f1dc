package org.newsdesk.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.newsdesk.store.FileStore;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreException;
import org.newsdesk.store.StoreParts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store several instances share, in PostgreSQL: its schema is brought up to date by Flyway's
 * migrations ({@code db/migration}) when it opens, and every part writes through, so what one instance
 * records the others see at once. Connections come from a HikariCP pool; leadership holds one more.
 */
public final class PostgresStore implements Store {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresStore.class);

    /** Workers, the intake, the leadership's checks and the admin commands of one instance: never more at once. */
    static final int POOL_SIZE = 10;

    private final HikariDataSource pool;
    private final String instance;
    private final StoreParts parts;

    private PostgresStore(HikariDataSource pool, String url, Properties credentials) {
        this.pool = pool;
        this.instance = instanceName();
        Database database = new Database(pool);
        this.parts = new StoreParts(new PgCounters(database), new PgUnansweredLog(database, FileStore.UNANSWERED_KEPT),
                new PgFeedbackLog(database), new PgUpdateQueue(database, instance, PgUpdateQueue.LEASE),
                new PgConversations(database), new PgFollowUps(database), new PgRateLimits(database),
                new PgPacing(database), new PgBroadcasts(database, url, credentials, instance),
                new PgLeadership(url, credentials));
    }

    /**
     * Connects, migrates the schema and opens the store.
     *
     * @param url      a JDBC URL, {@code jdbc:postgresql://host:port/database?user=...}
     * @param password the password, or empty when the URL or the server needs none
     * @throws StoreException when the database cannot be reached or migrated (one line, never the password)
     */
    public static PostgresStore open(String url, Optional<String> password) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new StoreException("the database URL must start with jdbc:postgresql://");
        }
        Properties credentials = new Properties();
        password.ifPresent(secret -> credentials.setProperty("password", secret));
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        password.ifPresent(config::setPassword);
        config.setPoolName("newsdesk-store");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to PostgreSQL at " + where(url) + ": " + reason(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            PostgresStore store = new PostgresStore(pool, url, credentials);
            LOG.info("Shared store: PostgreSQL at {}, this instance is {}", where(url), store.instance);
            return store;
        } catch (FlywayException | StoreException e) {
            pool.close();
            throw new StoreException("cannot prepare the PostgreSQL store at " + where(url) + ": " + reason(e), e);
        }
    }

    /** Host, port and database only: the URL's parameters may hold a password. */
    static String where(String url) {
        String rest = url.substring("jdbc:postgresql:".length());
        int query = rest.indexOf('?');
        return (query < 0 ? rest : rest.substring(0, query)).replaceFirst("^//", "");
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    private static String instanceName() {
        String runtime = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
        return runtime + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The pool, for tests of the parts in this package. */
    HikariDataSource pool() {
        return pool;
    }

    /** This instance's name: process id, host and a random part, unique among the instances. */
    public String instance() {
        return instance;
    }

    @Override
    public StoreParts parts() {
        return parts;
    }

    /** Everything is written through. */
    @Override
    public void flush() {
    }

    @Override
    public void close() {
        parts.leadership().close();
        parts.broadcasts().close();
        pool.close();
    }
}
