package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.testsupport.telegram.FakeBotApi;
import org.newsdesk.testsupport.telegram.Updates;
import org.slf4j.LoggerFactory;

/** Flood limits, errors from the Bot API and busy chats: every reply still arrives, in order. */
class ReliabilityTest {

    @RegisterExtension
    final RunningBot running = RunningBot.perTest();

    @Test
    void should_wait_the_retry_after_of_a_429_and_then_deliver() {
        // given
        running.api.failNext("sendMessage", 1, 429, "Too Many Requests: retry after 1", 1);

        // when
        FakeBotApi.Sent reply = running.ask(6001, "How many children were returned?");

        // then
        assertThat(reply.text()).containsIgnoringCase("eight children");
        List<FakeBotApi.Call> sends = running.api.calls("sendMessage");
        assertThat(sends).hasSize(2);
        assertThat(Duration.ofNanos(sends.get(1).nanoTime() - sends.get(0).nanoTime())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void should_answer_a_fifth_chat_while_four_wait_out_ten_minute_flood_waits() {
        // given four chats whose replies Telegram refuses with retry_after 600
        running.api.failNext("sendMessage", 4, 429, "Too Many Requests: retry after 600", 600);
        for (long chat = 6101; chat <= 6104; chat++) {
            running.push(Updates.privateText(chat, "/help"));
        }
        await().atMost(RunningBot.PATIENCE).until(() -> running.api.calls("sendMessage").size() >= 4);

        // when a fifth reader asks
        long started = System.nanoTime();
        FakeBotApi.Sent reply = running.ask(6105, "How many children were returned?");

        // then it is answered at once, and the four are still waiting
        assertThat(reply.text()).containsIgnoringCase("eight children");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        for (long chat = 6101; chat <= 6104; chat++) {
            assertThat(running.api.messagesTo(chat)).isEmpty();
        }
    }

    @Test
    void should_send_a_waiting_chats_replies_in_order_once_its_flood_wait_is_over() {
        // given Telegram asks the first reply to wait three seconds, longer than a worker waits in place
        running.api.failNext("sendMessage", 1, 429, "Too Many Requests: retry after 3", 3);
        long waiting = 6106;
        long other = 6107;

        // when the waiting chat asks twice, and another chat asks meanwhile
        running.push(Updates.privateText(waiting, "/help"));
        await().atMost(RunningBot.PATIENCE).until(() -> !running.api.calls("sendMessage").isEmpty());
        long refused = running.api.calls("sendMessage").get(0).nanoTime();
        running.push(Updates.privateText(waiting, "/sources"));
        FakeBotApi.Sent otherReply = running.ask(other, "/sources");

        // then the other chat was answered first, and the waiting chat's replies came after the wait, in order
        List<FakeBotApi.Sent> replies = running.awaitMessages(waiting, 2);
        assertThat(replies.get(0).text()).contains("How to ask");
        assertThat(replies.get(1).text()).startsWith("The articles I answer from");
        List<FakeBotApi.Sent> all = running.api.messages(message -> true);
        assertThat(all.indexOf(otherReply)).isLessThan(all.indexOf(replies.get(0)));
        List<FakeBotApi.Call> delivered = running.api.calls("sendMessage").stream()
                .filter(call -> call.body().path("chat_id").asLong() == waiting).toList();
        assertThat(Duration.ofNanos(delivered.get(1).nanoTime() - refused)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void should_retry_server_errors_with_backoff_and_then_deliver() {
        // given
        running.api.failNext("sendMessage", 2, 502, "Bad Gateway", null);

        // when
        FakeBotApi.Sent reply = running.ask(6002, "Who issued an arrest warrant for Putin?");

        // then
        assertThat(reply.text()).contains("International Criminal Court");
        assertThat(running.api.calls("sendMessage")).hasSize(3);
    }

    @Test
    void should_keep_polling_after_the_bot_api_fails() {
        // given
        running.api.failNext("getUpdates", 2, 502, "Bad Gateway", null);

        // when
        FakeBotApi.Sent reply = running.ask(6003, "Who issued an arrest warrant for Putin?");

        // then
        assertThat(reply.text()).contains("International Criminal Court");
    }

    @Test
    void should_log_each_failed_poll_in_one_warn_line_and_explain_a_409() {
        // given
        Logger logger = (Logger) LoggerFactory.getLogger(PollFailures.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        running.api.failNext("getUpdates", 1, 409, "Conflict: terminated by other getUpdates request;"
                + " make sure that only one bot instance is running", null);
        running.api.failNext("getUpdates", 1, 500, "Internal Server Error", null);

        // when
        FakeBotApi.Sent reply = running.ask(6008, "Who issued an arrest warrant for Putin?");
        // a poll already under way may bring the question before the failing polls are made: wait for both
        await().atMost(RunningBot.PATIENCE).until(() -> log.list.size() >= 2);
        logger.detachAppender(log);

        // then
        assertThat(reply.text()).contains("International Criminal Court");
        assertThat(log.list).hasSize(2).allSatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getThrowableProxy()).isNull();
        });
        assertThat(log.list.get(0).getFormattedMessage()).isEqualTo("Polling Telegram failed: HTTP 409 (Conflict:"
                + " terminated by other getUpdates request; make sure that only one bot instance is running):"
                + " another instance is polling with this token: stop it or use a webhook");
        assertThat(log.list.get(1).getFormattedMessage())
                .isEqualTo("Polling Telegram failed: HTTP 500 (Internal Server Error); trying again shortly");
        Logger library = (Logger) LoggerFactory.getLogger("org.telegram.telegrambots.longpolling.BotSession");
        assertThat(library.isErrorEnabled()).as("the library's own trace of the same failure").isFalse();
    }

    @Test
    void should_serve_another_chat_while_answering_a_burst_from_one_chat_in_order() {
        // given a burst from one reader
        long busy = 6004;
        long other = 6005;
        List<String> burst = List.of("/sources", "/summary", "/timeline", "/facts", "/help",
                "Who issued an arrest warrant for Putin?");
        burst.forEach(text -> running.push(Updates.privateText(busy, text)));

        // when another reader asks meanwhile
        running.push(Updates.privateText(other, "How many children were returned?"));

        // then the burst is answered in order
        List<FakeBotApi.Sent> replies = running.awaitMessages(busy, burst.size());
        assertThat(replies.get(0).text()).startsWith("The articles I answer from");
        assertThat(replies.get(1).text()).startsWith("Summary of the coverage");
        assertThat(replies.get(2).text()).startsWith("Timeline");
        assertThat(replies.get(3).text()).startsWith("Quick facts");
        assertThat(replies.get(4).text()).contains("How to ask");
        assertThat(replies.get(5).text()).contains("International Criminal Court");
        // and the other reader was not kept waiting behind it
        FakeBotApi.Sent otherReply = running.awaitMessages(other, 1).get(0);
        List<FakeBotApi.Sent> all = running.api.messages(message -> true);
        assertThat(all.indexOf(otherReply)).isLessThan(all.indexOf(replies.get(burst.size() - 1)));
    }

    @Test
    void should_answer_a_flood_from_one_reader_with_a_single_friendly_notice() {
        // given
        long flooder = 6006;
        int sent = RateLimiter.Limit.READERS.burst() + 4;

        // when
        for (int i = 0; i < sent; i++) {
            running.push(Updates.privateText(flooder, "/help"));
        }

        // then the burst is answered, then one notice, and the rest is dropped
        List<FakeBotApi.Sent> replies = running.awaitMessages(flooder, RateLimiter.Limit.READERS.burst() + 1);
        assertThat(replies).hasSize(RateLimiter.Limit.READERS.burst() + 1);
        assertThat(replies.get(replies.size() - 1).text()).contains("faster than I can answer")
                .containsPattern("wait \\d+ seconds");
        assertThat(replies.subList(0, replies.size() - 1)).allSatisfy(reply -> assertThat(reply.text()).contains("How to ask"));
    }
}
