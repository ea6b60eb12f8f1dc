package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.observe.Observer;
import org.newsdesk.store.postgres.PostgresStore;
import org.newsdesk.testsupport.postgres.TestPostgres;
import org.newsdesk.testsupport.telegram.FakeBotApi;

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

    private int instancesAlive() throws java.sql.SQLException {
        try (var connection = java.sql.DriverManager.getConnection(url, TestPostgres.USER, TestPostgres.PASSWORD);
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
        assertThat(running.store.updates().waiting()).isZero();
    }
}
