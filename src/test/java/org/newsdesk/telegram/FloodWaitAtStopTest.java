package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.desk.Desk;
import org.newsdesk.observe.Observer;
import org.newsdesk.testsupport.telegram.FakeBotApi;
import org.newsdesk.testsupport.telegram.Updates;

/** A reply still waiting out a flood limit when the bot stops is not lost: its question is answered after a restart. */
class FloodWaitAtStopTest {

    @TempDir
    Path data;

    @Test
    void should_answer_after_a_restart_a_question_whose_reply_was_waiting_out_a_flood_limit_at_stop() {
        // given a reply that Telegram told to wait ten minutes, and the bot stopped meanwhile
        Desk desk = RunningBot.sharedDesk();
        RunningBot first = RunningBot.start(desk, desk.offline(), data, Observer.NONE);
        first.api.failNext("sendMessage", 1, 429, "Too Many Requests: retry after 600", 600);
        first.push(Updates.privateText(6301, "How many children were returned?"));
        await().atMost(RunningBot.PATIENCE).until(() -> first.api.calls("sendMessage").size() == 1);
        first.close();

        // when it starts again on the same data folder
        try (RunningBot second = RunningBot.start(desk, desk.offline(), data, Observer.NONE)) {
            // then the question is answered, once
            FakeBotApi.Sent reply = second.awaitMessages(6301, 1).get(0);
            assertThat(reply.text()).containsIgnoringCase("eight children");
            assertThat(first.api.messagesTo(6301)).isEmpty();
        }
    }
}
