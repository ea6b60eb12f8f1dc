package org.newsdesk.llm;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ModelHealthTest {

    private static final String KEY = "sk-very-secret";

    private final Logger logger = (Logger) LoggerFactory.getLogger(ModelHealth.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final MovableClock clock = new MovableClock();
    private final ModelHealth health = new ModelHealth(Duration.ofSeconds(30), clock, KEY);

    @BeforeEach
    void listen() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(log);
    }

    @Test
    void should_warn_once_per_outage_not_once_per_failed_question() {
        health.failed(new IOException("connection refused"));
        clock.advance(Duration.ofSeconds(31));
        health.failed(new IOException("connection refused"));
        health.failed(new IOException("connection refused"));

        assertThat(log.list).filteredOn(event -> event.getLevel() == Level.WARN).hasSize(1);
    }

    @Test
    void should_say_when_the_model_answers_again_and_warn_anew_at_the_next_outage() {
        health.failed(new IOException("connection refused"));
        health.answered();
        health.failed(new IOException("connection refused"));

        assertThat(log.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.INFO, Level.WARN);
    }

    @Test
    void should_rest_the_model_for_the_cooldown_after_a_failure() {
        health.failed(new IOException("connection refused"));

        assertThat(health.resting()).isTrue();
        clock.advance(Duration.ofSeconds(31));
        assertThat(health.resting()).isFalse();
    }

    @Test
    void should_never_log_the_api_key_even_when_an_error_repeats_it() {
        health.failed(new IllegalStateException("Incorrect API key provided: " + KEY));

        assertThat(log.list).singleElement()
                .satisfies(event -> assertThat(event.getFormattedMessage()).doesNotContain(KEY).contains("****"));
    }

    @Test
    void should_say_what_failed_in_one_line_without_a_stack_trace() {
        // given what LangChain4j throws when nothing listens at the model's address
        health.failed(new RuntimeException("java.net.ConnectException", new java.net.ConnectException(null)));

        // then
        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage()).startsWith("The language model is not answering (ConnectException);");
            assertThat(event.getThrowableProxy()).isNull();
        });
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2025-10-11T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
