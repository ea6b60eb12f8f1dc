package org.newsdesk.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.newsdesk.store.StoreException;

/** Runs units of work on the pool: each in one transaction, committed, or rolled back and reported in one line. */
final class Database {

    /** A unit of work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource pool;

    Database(DataSource pool) {
        this.pool = pool;
    }

    <T> T inTransaction(String what, Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(what + " failed in PostgreSQL: " + oneLine(e), e);
        }
    }

    void update(String what, String sql, Object... parameters) {
        inTransaction(what, connection -> execute(connection, sql, parameters));
    }

    /** Runs one statement with its parameters on a connection already in a unit of work; the rows it changed. */
    static int execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    static String oneLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
