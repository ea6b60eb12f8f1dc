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

    private RunningBot running;

    @BeforeEach
    void start() {
        String url = TestPostgres.shared().newDatabase();
        running = RunningBot.start(RunningBot.sharedDesk(), RunningBot.sharedDesk().extractive(),
                PostgresStore.open(url, Optional.of(TestPostgres.PASSWORD)), Observer.NONE);
    }

    @AfterEach
    void stop() {
        running.close();
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
