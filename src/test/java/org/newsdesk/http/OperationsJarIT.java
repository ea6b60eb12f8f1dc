package org.newsdesk.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testsupport.JarProcess;
import org.newsdesk.testsupport.PrometheusText;
import org.newsdesk.testsupport.TestDesks;
import org.newsdesk.testsupport.telegram.FakeBotApi;
import org.newsdesk.testsupport.telegram.JarBot;
import org.newsdesk.testsupport.telegram.Updates;

/**
 * The built jar run as a service: health, readiness and metrics on NEWSDESK_HTTP_PORT, editors' data that
 * survives SIGTERM and a restart, settings checked before any work, the log level and format from the file.
 */
class OperationsJarIT {

    private static final String TOKEN = "555000111:AAF-operations_token_secret";
    // a user id no port number, pid or timestamp of the log is likely to contain
    private static final long ADMIN = 918_273_645;
    private static final long READER = 5;
    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final Pattern LISTENING = Pattern.compile("Health and metrics on http://([^:/ ]+):(\\d+)");
    private static final String NOT_COVERED = "Who won the Super Bowl last year?";

    @TempDir
    Path root;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    @RegisterExtension
    final JarBot bot = new JarBot(TOKEN);
    private final FakeBotApi api = bot.api();

    @Test
    void should_report_health_readiness_and_metrics_and_keep_editors_data_across_sigterm() throws Exception {
        // given Telegram failing the bot's polls at first
        api.failNext("getUpdates", 10_000, 502, "Bad Gateway", null);
        URI base = start();

        // then it is alive, but not ready while polling fails
        assertThat(get(base, "/healthz").statusCode()).isEqualTo(200);
        await().atMost(STARTUP).until(() -> get(base, "/readyz").body().contains("getUpdates answered HTTP 502"));
        HttpResponse<String> notReady = get(base, "/readyz");
        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(notReady.body().strip()).doesNotContain("\n");

        // when Telegram answers again
        api.stopFailing("getUpdates");
        await().atMost(STARTUP).until(() -> get(base, "/readyz").statusCode() == 200);
        PrometheusText before = metrics(base);

        // and a reader asks three questions, one of which the articles do not cover
        ask(READER, "How many children were returned?", 1);
        ask(READER, "Which court wants Putin arrested?", 2);
        ask(READER, NOT_COVERED, 3);

        // then the metrics count them
        PrometheusText after = metrics(base);
        assertThat(after.sum("newsdesk_answers_total") - before.sum("newsdesk_answers_total")).isEqualTo(3);
        assertThat(after.sum("newsdesk_answers_total", "outcome=\"not_stated\"", "mode=\"extractive\"")).isEqualTo(1);
        assertThat(after.sum("newsdesk_answer_seconds_count")).isEqualTo(3);
        assertThat(after.has("newsdesk_answer_seconds_bucket")).isTrue();
        assertThat(after.sum("newsdesk_telegram_requests_total", "method=\"getupdates\"", "status=\"502\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(after.sum("newsdesk_telegram_requests_total", "method=\"sendmessage\"", "status=\"200\""))
                .isGreaterThanOrEqualTo(3);
        assertThat(after.sum("newsdesk_reloads_total", "outcome=\"applied\"")).isEqualTo(1);
        assertThat(after.sum("newsdesk_articles")).isEqualTo(1);
        assertThat(after.sum("newsdesk_passages")).isGreaterThan(10);
        assertThat(after.has("jvm_memory_used_bytes")).isTrue();
        assertThat(after.has("jvm_gc_pause_seconds_count") || after.has("jvm_gc_memory_allocated_bytes_total")).isTrue();

        // when it is stopped with SIGTERM and started again on the same data folder
        bot.process().destroy();
        assertThat(bot.process().waitFor(15, TimeUnit.SECONDS)).as("stops soon after SIGTERM").isTrue();
        URI again = start();
        await().atMost(STARTUP).until(() -> get(again, "/readyz").statusCode() == 200);
        String unanswered = ask(ADMIN, "/unanswered", 1);
        String stats = ask(ADMIN, "/stats", 2);

        // then the editors still see what was asked before
        assertThat(unanswered).contains(NOT_COVERED);
        assertThat(stats).contains("Questions served: 3").contains("Unanswered: 1");
        assertThat(bot.output().toString()).doesNotContain(TOKEN.split(":")[1]).doesNotContain(NOT_COVERED)
                .doesNotContain(String.valueOf(ADMIN));
    }

    @Test
    void should_exit_2_before_any_work_naming_the_key_meant_by_a_misspelt_one() throws Exception {
        // when
        JarProcess.Result result = JarProcess.run(Map.of("NEWSDESK_LLM_TIMOUT", "abc"), "",
                List.of("ask", "--knowledge", root.resolve("missing").toString(), "a question?"));

        // then
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("newsdesk: NEWSDESK_LLM_TIMOUT in the environment is not a"
                + " Newsdesk setting; did you mean NEWSDESK_LLM_TIMEOUT?");
    }

    @Test
    void should_take_the_log_level_and_format_from_the_properties_file() throws Exception {
        // given
        List<String> ask = List.of("ask", "--knowledge", TestDesks.folderWith(root, TestDesks.SEED).toString(),
                "--data", root.resolve("data").toString(), "How many children were returned?");
        Path quiet = Files.writeString(root.resolve("quiet.properties"), "NEWSDESK_LOG_LEVEL=WARN\n");
        Path json = Files.writeString(root.resolve("json.properties"), "NEWSDESK_LOG_FORMAT=json\n");

        // when
        JarProcess.Result plain = JarProcess.run(Map.of(), "", ask);
        JarProcess.Result warnOnly = JarProcess.run(Map.of("NEWSDESK_CONFIG", quiet.toString()), "", ask);
        JarProcess.Result jsonLines = JarProcess.run(Map.of("NEWSDESK_CONFIG", json.toString()), "", ask);

        // then
        assertThat(plain.status()).isZero();
        assertThat(plain.err()).contains("INFO  KnowledgeBase - Knowledge loaded");
        assertThat(warnOnly.status()).isZero();
        assertThat(warnOnly.err()).doesNotContain("Knowledge loaded");
        assertThat(warnOnly.out()).isEqualTo(plain.out());
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> logs = new ArrayList<>();
        for (String line : jsonLines.err().lines().filter(line -> line.startsWith("{")).toList()) {
            logs.add(mapper.readTree(line));
        }
        assertThat(logs).anyMatch(log -> log.path("level").asText().equals("INFO")
                && log.path("loggerName").asText().endsWith("KnowledgeBase")
                && log.path("formattedMessage").asText().startsWith("Knowledge loaded"));
        assertThat(jsonLines.err()).doesNotContain("INFO  KnowledgeBase");
    }

    /** Starts the bot from the jar with the listener on a free port; returns the listener's address. */
    private URI start() throws IOException {
        Path knowledge = root.resolve("knowledge");
        if (!Files.isDirectory(knowledge)) {
            TestDesks.folderWith(root, TestDesks.SEED);
        }
        bot.start(Map.of("NEWSDESK_ADMINS", String.valueOf(ADMIN), "NEWSDESK_HTTP_PORT", "0"),
                List.of("telegram", "--knowledge", knowledge.toString(), "--data", root.resolve("data").toString()));
        await().atMost(STARTUP).until(() -> LISTENING.matcher(bot.output()).find() || !bot.process().isAlive());
        Matcher listening = LISTENING.matcher(bot.output());
        assertThat(listening.find()).as("the listener started; the log: %s", bot.output()).isTrue();
        return URI.create("http://" + listening.group(1) + ":" + listening.group(2));
    }

    /** Sends a private message and returns the reply, the {@code nth} message the chat got from the bot. */
    private String ask(long user, String text, int nth) {
        api.push(Updates.privateText(user, text));
        await().atMost(STARTUP).until(() -> api.messagesTo(user).size() >= nth);
        return api.messagesTo(user).get(nth - 1).text();
    }

    private PrometheusText metrics(URI base) throws Exception {
        HttpResponse<String> response = get(base, "/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain; version=0.0.4"));
        return PrometheusText.parse(response.body());
    }

    private HttpResponse<String> get(URI base, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
