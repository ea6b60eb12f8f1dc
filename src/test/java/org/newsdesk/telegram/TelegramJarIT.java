package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testsupport.JarProcess;
import org.newsdesk.testsupport.TestDesks;
import org.newsdesk.testsupport.telegram.FakeBotApi;
import org.newsdesk.testsupport.telegram.Updates;

/** The built jar on Telegram, configured only through its environment, against the fake Bot API. */
class TelegramJarIT {

    private static final String TOKEN = "987654321:AAH-jar_token_must_stay_secret";
    private static final long ADMIN = 77;
    private static final Duration STARTUP = Duration.ofSeconds(90);

    @TempDir
    Path root;

    private FakeBotApi api;
    private Process process;
    private final StringBuffer output = new StringBuffer();

    @BeforeEach
    void startApi() throws IOException {
        api = new FakeBotApi(TOKEN);
    }

    @AfterEach
    void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
        api.close();
    }

    @Test
    void should_run_the_bot_answer_reload_and_stop_on_sigterm_without_logging_the_token() throws Exception {
        // given the bot is running from the jar, and Telegram is about to push back once
        start(List.of("telegram"));
        api.failNext("sendMessage", 1, 429, "Too Many Requests: retry after 1", 1);

        // when a reader asks, and the admin reloads after a broken file appears
        api.push(Updates.privateText(1, "How many children were returned?"));
        await().atMost(STARTUP).until(() -> api.messagesTo(1).size() == 1);
        java.nio.file.Files.writeString(root.resolve("knowledge/broken.md"), "");
        api.push(Updates.privateText(ADMIN, "/reload"));
        await().atMost(STARTUP).until(() -> api.messagesTo(ADMIN).size() == 1);
        process.destroy();

        // then
        assertThat(api.messagesTo(1).get(0).text()).containsIgnoringCase("eight children").contains("Sources");
        assertThat(api.messagesTo(ADMIN).get(0).text()).contains("Reload finished").contains("broken.md: is empty");
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("the process stops soon after SIGTERM").isTrue();
        assertThat(output.toString()).contains("Newsdesk is on Telegram as @" + FakeBotApi.BOT_USERNAME)
                .contains("Telegram asked to slow down").doesNotContain(TOKEN).doesNotContain(TOKEN.split(":")[1]);
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
        Path knowledge = TestDesks.folderWith(root, TestDesks.SEED);
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--knowledge", knowledge.toString(), "--data", root.resolve("data").toString()));
        process = JarProcess.start(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", api.url(),
                "NEWSDESK_ADMINS", String.valueOf(ADMIN)), args);
        process.getOutputStream().close();
        drain(process.getErrorStream());
        drain(process.getInputStream());
        await().atMost(STARTUP).until(() -> !api.calls("deleteWebhook").isEmpty() || !process.isAlive());
        assertThat(process.isAlive()).as("the bot is running; its log: %s", output).isTrue();
    }

    private void drain(InputStream stream) {
        Thread reader = new Thread(() -> {
            try (stream) {
                byte[] buffer = new byte[4096];
                for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
                    output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException closedWithTheProcess) {
                // the process ended; what it printed is in the buffer
            }
        }, "jar-output");
        reader.setDaemon(true);
        reader.start();
    }
}
