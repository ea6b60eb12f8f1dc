package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.telegram.intake.UpdateWorkers;
import org.newsdesk.testsupport.telegram.FakeBotApi;
import org.slf4j.LoggerFactory;

/**
 * Updates the TelegramBots client cannot parse are stored like any other, skipped by the worker that claims
 * them (logged once), and the bot goes on answering.
 */
class UnparseableUpdateTest {

    @RegisterExtension
    final RunningBot running = RunningBot.perTest();

    private final Logger logger = (Logger) LoggerFactory.getLogger(UpdateWorkers.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    // the list is read by the test while the poller adds to it


    @BeforeEach
    void captureLog() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(log);
    }

    @Test
    void should_skip_a_chat_id_that_is_not_a_number_and_answer_the_next_reader() {
        shouldSkipAndGoOn("{\"message\":{\"message_id\":1,\"date\":1760000000,"
                + "\"chat\":{\"id\":\"not-a-number\",\"type\":\"private\"},\"text\":\"hello\"}}", "message.chat.id");
    }

    @Test
    void should_skip_a_message_id_over_two_to_the_31_and_answer_the_next_reader() {
        shouldSkipAndGoOn("{\"message\":{\"message_id\":3000000000,\"date\":1760000000,"
                + "\"chat\":{\"id\":5,\"type\":\"private\"},\"text\":\"hello\"}}", "message.message_id");
    }

    @Test
    void should_skip_an_inline_query_without_a_sender_and_answer_the_next_reader() {
        shouldSkipAndGoOn("{\"inline_query\":{\"id\":\"q1\",\"query\":\"putin\",\"offset\":\"\"}}", "inline_query");
    }

    private void shouldSkipAndGoOn(String unparseable, String field) {
        // given an update the client cannot parse, alone in its batch
        long id = running.api.pushRaw(unparseable);
        await().atMost(RunningBot.PATIENCE).until(() -> !log.list.isEmpty());

        // when
        long started = System.nanoTime();
        FakeBotApi.Sent reply = running.ask(6201, "How many children were returned?");

        // then the reader is answered, the bad update is confirmed past and logged once, without a trace
        assertThat(reply.text()).containsIgnoringCase("eight children");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        running.ask(6202, "/help");
        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).startsWith("Skipped update " + id + ": " + field + " could not be read");
            assertThat(event.getThrowableProxy()).isNull();
        });
    }
}
