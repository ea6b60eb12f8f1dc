package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.observe.Observer;
import org.newsdesk.store.postgres.PostgresStore;
import org.newsdesk.testsupport.postgres.TestPostgres;
import org.newsdesk.testsupport.telegram.FakeBotApi;
import org.newsdesk.testsupport.telegram.Updates;

/** The bot on the PostgreSQL store: it leads, polls, answers from the shared queue and remembers follow-ups there. */
class SharedStoreBotTest {

    private String url;
    private RunningBot running;
    private RunningBot other;

    @BeforeEach
    void start() {
        url = TestPostgres.shared().newDatabase();
        running = RunningBot.start(RunningBot.sharedDesk(), RunningBot.sharedDesk().extractive(),
                PostgresStore.open(url, Optional.of(TestPostgres.PASSWORD)), Observer.NONE);
    }

    @AfterEach
    void stop() {
        running.close();
        if (other != null) {
            other.close();
        }
    }

    @Test
    void should_reload_every_instance_and_report_each_in_the_reply() {
        // given a second instance on the same database, listening for requests to every instance
        PostgresStore otherStore = PostgresStore.open(url, Optional.of(TestPostgres.PASSWORD));
        other = RunningBot.start(RunningBot.sharedDesk(), RunningBot.sharedDesk().extractive(), otherStore,
                Observer.NONE);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> instancesAlive() == 2);

        // when the admin reloads through the first
        FakeBotApi.Sent reply = running.ask(RunningBot.ADMIN, "/reload");

        // then the reply reports this instance's reload in full, and the other's in brief
        assertThat(reply.text()).contains("Reload finished").contains("Other instances:")
                .contains(otherStore.instance() + ": 2 articles in use, 0 failed");
    }

    private int instancesAlive() throws SQLException {
        try (Connection connection = connect();
             var row = connection.createStatement().executeQuery("SELECT count(*) FROM instances")) {
            row.next();
            return row.getInt(1);
        }
    }

    @Test
    void should_answer_and_follow_up_from_the_shared_store() {
        // when
        running.ask(4001, "How many children were returned?");
        FakeBotApi.Sent followUp = running.ask(4001, "How many of them went back to Ukraine?");

        // then
        assertThat(followUp.text()).contains("Seven of them were returned to Ukraine");
        assertThat(running.store.followUps().earlier("4001")).hasSize(2);
        // the update is marked done once everything about it is finished, a moment after the reply
        await().atMost(RunningBot.PATIENCE).until(() -> running.store.updates().waiting() == 0);
    }

    @Test
    void should_count_a_message_claimed_again_after_its_instance_died_once_against_the_rate_limit() throws SQLException {
        // given a reader's message that an instance counted against the reader's limit, then died holding
        long reader = 4002;
        ObjectNode held = Updates.privateText(reader, "/help");
        held.put("update_id", 0); // below every id the fake Bot API gives, so it is the chat's oldest
        long sent = TimeUnit.SECONDS.toNanos(held.at("/message/date").asLong());
        assertThat(new RateLimiter(RateLimiter.Limit.READERS, () -> sent, running.store.rateLimits()).check(reader))
                .isEqualTo(RateLimiter.Verdict.ALLOW);
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO updates (update_id, chat, body, lease_owner, lease_until, attempts)"
                        + " VALUES (0, ?, ?, '1@died', clock_timestamp() - interval '1 second', 1)")) {
            insert.setString(1, String.valueOf(reader));
            insert.setString(2, held.toString());
            insert.executeUpdate();
        }

        // when the rest of a full burst follows
        for (int i = 1; i < RateLimiter.Limit.READERS.burst(); i++) {
            running.push(Updates.privateText(reader, "/help"));
        }

        // then the held message is answered again, and so is every other: none is refused as over the limit
        List<FakeBotApi.Sent> replies = running.awaitMessages(reader, RateLimiter.Limit.READERS.burst());
        await().atMost(RunningBot.PATIENCE).until(() -> running.store.updates().waiting() == 0);
        assertThat(replies).hasSize(RateLimiter.Limit.READERS.burst())
                .allSatisfy(reply -> assertThat(reply.text()).contains("How to ask"));
        try (Connection connection = connect();
             ResultSet row = connection.createStatement().executeQuery("SELECT attempts FROM updates WHERE update_id = 0")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getInt(1)).as("claimed again after the lapse").isEqualTo(2);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, TestPostgres.USER, TestPostgres.PASSWORD);
    }
}
