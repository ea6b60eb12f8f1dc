package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Stopping the bot ends every thread it started; what OkHttp keeps for itself (its shared task runner,
 * Okio's watchdog) are daemon threads, which never hold the JVM up.
 */
class ShutdownTest {

    @Test
    void should_stop_within_seconds_and_leave_no_bot_or_http_threads_behind() {
        // given a bot that has been polling and answering
        RunningBot running = RunningBot.start();
        running.ask(9001, "/help");

        // when
        assertTimeoutPreemptively(Duration.ofSeconds(10), running::close);

        // then
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(Thread.getAllStackTraces().keySet()).map(Thread::getName)
                    .noneMatch(name -> name.startsWith("telegram-"));
            assertThat(Thread.getAllStackTraces().keySet())
                    .filteredOn(thread -> thread.getName().startsWith("OkHttp") || thread.getName().startsWith("Okio"))
                    .allMatch(Thread::isDaemon);
        });
    }
}
