package org.newsdesk.testsupport.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class TestPostgresTest {

    @Test
    void should_give_each_caller_an_empty_database_that_asks_for_the_password() throws SQLException {
        // given
        TestPostgres server = TestPostgres.shared();

        // when
        String first = server.newDatabase();
        String second = server.newDatabase();

        // then
        assertThat(first).isNotEqualTo(second);
        try (Connection connection = DriverManager.getConnection(first, TestPostgres.USER, TestPostgres.PASSWORD);
             ResultSet result = connection.createStatement().executeQuery("SELECT current_database(), version()")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(2)).startsWith("PostgreSQL");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DriverManager.getConnection(first, TestPostgres.USER, "wrong"))
                .isInstanceOf(SQLException.class);
    }
}
