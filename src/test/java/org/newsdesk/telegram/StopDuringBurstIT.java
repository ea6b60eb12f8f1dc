package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testsupport.TestDesks;
import org.newsdesk.testsupport.telegram.BotInstance;
import org.newsdesk.testsupport.telegram.FakeBotApi;
import org.newsdesk.testsupport.telegram.Updates;

/**
 * The single-process default (no database): SIGTERM during a burst, then a restart on the same data folder.
 * What was received and not answered was kept under the data folder and is answered after the restart;
 * nothing is answered twice.
 */
class StopDuringBurstIT {

    private static final String TOKEN = "515151:AAG-stop_during_burst_secret";
    private static final int GROUPS = 20;
    private static final int PER_GROUP = 5;

    @TempDir
    Path root;

    private final List<BotInstance> runs = new ArrayList<>();
    private FakeBotApi api;

    @AfterEach
    void stop() {
        runs.forEach(BotInstance::close);
        if (api != null) {
            api.close();
        }
    }

    @Test
    void should_answer_after_a_restart_what_a_sigterm_left_unanswered_and_nothing_twice() throws Exception {
        // given the bot on the file store, and a burst: each group reply names the message it answers
        api = new FakeBotApi(TOKEN);
        Path knowledge = TestDesks.folderWith(root, TestDesks.SEED);
        Map<String, String> environment = Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", api.url());
        runs.add(BotInstance.start("first", environment, knowledge, root.resolve("data")).awaitStarted());
        Map<Long, List<Integer>> asked = new LinkedHashMap<>();
        for (int round = 0; round < PER_GROUP; round++) {
            for (int group = 0; group < GROUPS; group++) {
                long chat = -2000 - group;
                ObjectNode update = Updates.groupText(chat, 8000 + group, "/ask Which court wants Putin arrested?");
                asked.computeIfAbsent(chat, c -> new ArrayList<>()).add(update.at("/message/message_id").asInt());
                api.push(update);
            }
        }

        // when it is stopped mid-burst and started again on the same data folder
        await().atMost(BotInstance.STARTUP).until(() -> replies(asked) >= 15);
        assertThat(runs.get(0).terminate(15)).as("stops within seconds of SIGTERM").isTrue();
        int beforeRestart = replies(asked);
        runs.add(BotInstance.start("second", environment, knowledge, root.resolve("data")).awaitStarted());

        // then every message is answered, once, each group's in order
        await().atMost(Duration.ofMinutes(2)).until(() -> replies(asked) >= GROUPS * PER_GROUP);
        Thread.sleep(2_000); // a duplicate would come now, if at all
        assertThat(beforeRestart).as("the stop came mid-burst").isLessThan(GROUPS * PER_GROUP);
        asked.forEach((chat, messages) -> assertThat(api.messagesTo(chat)).extracting(FakeBotApi.Sent::replyTo)
                .as("group %s", chat).containsExactlyElementsOf(messages));
        assertThat(runs.get(1).log()).contains("waiting to be answered");
    }

    private int replies(Map<Long, List<Integer>> asked) {
        return api.messages(sent -> asked.containsKey(sent.chat())).size();
    }
}
