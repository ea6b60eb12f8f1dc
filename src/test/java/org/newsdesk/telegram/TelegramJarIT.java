package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testsupport.JarProcess;
import org.newsdesk.testsupport.TestDesks;
import org.newsdesk.testsupport.telegram.FakeBotApi;
import org.newsdesk.testsupport.telegram.JarBot;
import org.newsdesk.testsupport.telegram.Updates;

/** The built jar on Telegram, configured only through its environment, against the fake Bot API. */
class TelegramJarIT {

    private static final String TOKEN = "987654321:AAH-jar_token_must_stay_secret";
    private static final long ADMIN = 77;
    private static final Duration STARTUP = Duration.ofSeconds(90);
    /** Articles of a local paper written for the facts tests. */
    private static final String LOCAL = "src/test/resources/facts/local";
    /** A one-sentence brief, as agencies file a third of their copy. */
    private static final String WIRE_BRIEF = """
            Dutch court fines ferry operator over harbour collision

            ROTTERDAM, Nov 3 (Reuters) - A Dutch court on Monday fined ferry operator Noordlijn 240,000 euros for a \
            2024 collision in Rotterdam harbour that injured nine passengers.
            """;

    @TempDir
    Path root;

    @RegisterExtension
    final JarBot bot = new JarBot(TOKEN);
    private final FakeBotApi api = bot.api();

    @Test
    void should_run_the_bot_answer_reload_and_stop_on_sigterm_without_logging_the_token() throws Exception {
        // given the bot is running from the jar, and Telegram is about to push back once
        start(List.of("telegram"));
        api.failNext("sendMessage", 1, 429, "Too Many Requests: retry after 1", 1);

        // when a reader asks, and the admin reloads after a wire brief and a broken file appear
        api.push(Updates.privateText(1, "How many children were returned?"));
        await().atMost(STARTUP).until(() -> api.messagesTo(1).size() == 1);
        java.nio.file.Files.writeString(root.resolve("knowledge/2025-11-03-ferry-fine.txt"), WIRE_BRIEF);
        java.nio.file.Files.writeString(root.resolve("knowledge/broken.md"), "");
        api.push(Updates.privateText(ADMIN, "/reload"));
        await().atMost(STARTUP).until(() -> api.messagesTo(ADMIN).size() == 1);
        api.push(Updates.privateText(4, "How much was the ferry operator fined?"));
        api.push(Updates.privateText(5, "Which agency reported the harbour collision fine?"));
        await().atMost(STARTUP).until(() -> api.messagesTo(4).size() == 1 && api.messagesTo(5).size() == 1);
        bot.process().destroy();

        // then
        assertThat(api.messagesTo(1).get(0).text()).containsIgnoringCase("eight children").contains("Sources");
        assertThat(api.messagesTo(ADMIN).get(0).text()).contains("Reload finished").contains("Added: 2025-11-03-ferry-fine.txt")
                .contains("broken.md: is empty");
        assertThat(api.messagesTo(4).get(0).text()).contains("240,000 euros").contains("Reuters, 3 November 2025");
        assertThat(api.messagesTo(5).get(0).text()).contains("is from Reuters").contains("ROTTERDAM, Nov 3 (Reuters) -");
        assertThat(bot.process().waitFor(10, TimeUnit.SECONDS)).as("the process stops soon after SIGTERM").isTrue();
        assertThat(bot.output().toString()).contains("Newsdesk is on Telegram as @" + FakeBotApi.BOT_USERNAME)
                .contains("Telegram asked to slow down").doesNotContain(TOKEN).doesNotContain(TOKEN.split(":")[1]);
    }

    @Test
    void should_skip_an_update_the_client_cannot_parse_and_answer_the_next_reader_within_30_seconds() throws Exception {
        // given the bot is running, and Telegram hands it an update with a chat id that is not a number
        start(List.of("telegram"));
        long unparseable = api.pushRaw("{\"message\":{\"message_id\":1,\"date\":1760000000,"
                + "\"chat\":{\"id\":\"not-a-number\",\"type\":\"private\"},\"text\":\"hello\"}}");

        // when the next reader asks
        long asked = System.nanoTime();
        api.push(Updates.privateText(3, "How many children were returned?"));

        // then
        await().atMost(Duration.ofSeconds(30)).until(() -> api.messagesTo(3).size() == 1);
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(30));
        assertThat(api.messagesTo(3).get(0).text()).containsIgnoringCase("eight children");
        assertThat(bot.output().toString()).contains("Skipped update " + unparseable + ": message.chat.id could not be read")
                .doesNotContain("\tat ").doesNotContain("not-a-number");
    }

    @Test
    void should_answer_a_fifth_chat_at_once_while_four_wait_out_600_second_flood_waits() throws Exception {
        // given the bot is running, and Telegram tells the next four replies to wait ten minutes
        start(List.of("telegram"));
        api.failNext("sendMessage", 4, 429, "Too Many Requests: retry after 600", 600);
        for (long chat = 11; chat <= 14; chat++) {
            api.push(Updates.privateText(chat, "How many children were returned?"));
        }
        await().atMost(STARTUP).until(() -> api.calls("sendMessage").size() >= 4);

        // when a fifth reader asks
        long asked = System.nanoTime();
        api.push(Updates.privateText(15, "Who issued an arrest warrant for Putin?"));

        // then
        await().atMost(Duration.ofSeconds(30)).until(() -> api.messagesTo(15).size() == 1);
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(30));
        assertThat(api.messagesTo(15).get(0).text()).contains("International Criminal Court");
        for (long chat = 11; chat <= 14; chat++) {
            assertThat(api.messagesTo(chat)).as("still waiting").isEmpty();
        }
        bot.process().destroy();
        assertThat(bot.process().waitFor(10, TimeUnit.SECONDS)).as("stops at once, not after the waits").isTrue();
    }

    @Test
    void should_run_the_bot_by_default_when_the_token_is_set() throws Exception {
        // given
        start(List.of());

        // when
        api.push(Updates.privateText(2, "/start"));

        // then
        await().atMost(STARTUP).until(() -> api.messagesTo(2).size() == 1);
        assertThat(api.messagesTo(2).get(0).text()).contains("Newsdesk").contains("1 stored article,").doesNotContain("article(s)");
    }

    @Test
    void should_put_what_articles_look_ahead_to_after_them_and_write_every_date_in_english() throws Exception {
        // given a local paper's reports beside the seed, and readers whose app is in French
        start(List.of("telegram"), TestDesks.SEED, LOCAL + "/2025-10-08-gazette-riverside-pool.txt",
                LOCAL + "/2025-10-05-gazette-marathon-brief.txt");

        // when
        api.push(Updates.privateText(21, "/timeline", "fr"));
        api.push(Updates.privateText(22, "list the articles", "fr"));
        // the timeline runs earliest first: its last event ends the reply, however many messages it takes
        await().atMost(STARTUP).untilAsserted(() -> assertThat(texts(21)).contains("17 May 2026"));
        await().atMost(STARTUP).until(() -> !api.messagesTo(22).isEmpty());

        // then: the pool reopens and the next race is run after the reports, not a year before them
        String timeline = texts(21);
        assertThat(timeline).contains("1 March 2026").contains("The Riverside pool will reopen on 1 March")
                .contains("17 May 2026").contains("13 October 2025").doesNotContain("1 March 2025")
                .doesNotContain("By Dana Whitlock").doesNotContain("mars").doesNotContain("octobre");
        assertThat(texts(22)).startsWith("The articles I answer from (3)").contains("8 October 2025")
                .contains("AFP, 11 October 2025").doesNotContain("octobre");
    }

    private String texts(long chat) {
        return String.join("\n", api.messagesTo(chat).stream().map(FakeBotApi.Sent::text).toList());
    }

    @Test
    void should_exit_with_status_2_and_one_clear_line_when_the_token_is_missing() throws Exception {
        // when
        JarProcess.Result result = JarProcess.run(Map.of(), "", List.of("telegram", "--knowledge", "knowledge"));

        // then
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().strip()).startsWith("newsdesk: TELEGRAM_BOT_TOKEN is not set").doesNotContain("\n");
    }

    @Test
    void should_exit_with_status_2_when_the_api_url_is_malformed() throws Exception {
        // when
        JarProcess.Result result = JarProcess.run(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL",
                "ftp://example/bot"), "", List.of("telegram"));

        // then
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("TELEGRAM_API_URL must be an http(s) URL").doesNotContain(TOKEN);
    }

    private void start(List<String> command) throws IOException {
        start(command, TestDesks.SEED);
    }

    private void start(List<String> command, String... articles) throws IOException {
        Path knowledge = TestDesks.folderWith(root, articles);
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--knowledge", knowledge.toString(), "--data", root.resolve("data").toString()));
        bot.start(Map.of("NEWSDESK_ADMINS", String.valueOf(ADMIN)), args);
        await().atMost(STARTUP).until(() -> !api.calls("deleteWebhook").isEmpty() || !bot.process().isAlive());
        assertThat(bot.process().isAlive()).as("the bot is running; its log: %s", bot.output()).isTrue();
    }
}
