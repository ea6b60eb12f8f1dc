package org.newsdesk.telegram;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdesk.testsupport.TestDesks;
import org.newsdesk.testsupport.postgres.TestPostgres;
import org.newsdesk.testsupport.telegram.BotInstance;
import org.newsdesk.testsupport.telegram.FakeBotApi;
import org.newsdesk.testsupport.telegram.Updates;

/**
 * The figures of BENCHMARKS.md for several instances, measured on the built jar against the fake Bot API
 * and the tests' PostgreSQL: how long after the polling leader dies (SIGKILL) the next one polls, and how
 * many answers a second 1 and 3 instances give. Not part of {@code mvn verify} (it takes minutes); run it with
 * {@code mvn -B -ntp -q package -DskipTests && mvn -B -ntp -q surefire:test -Dtest=InstancesBench}.
 */
class InstancesBench {

    private static final String TOKEN = "616161:AAH-instances_bench_secret";
    private static final int KILLS_PER_START = 3;
    private static final int STARTS = 2;
    private static final int MESSAGES = 300;

    @Test
    void should_measure_failover_and_answers_per_second() throws Exception {
        List<Double> failovers = new ArrayList<>();
        for (int start = 0; start < STARTS; start++) {
            failovers.addAll(failovers());
        }
        failovers.sort(Comparator.naturalOrder());
        double one = answersPerSecond(1);
        double three = answersPerSecond(3);
        System.out.printf("%nfailover (leader SIGKILL to the next getUpdates), s: %s; median %.2f%n", failovers,
                failovers.get(failovers.size() / 2));
        System.out.printf("answers per second, %d messages from %d chats: 1 instance %.1f, 3 instances %.1f%n",
                MESSAGES, MESSAGES, one, three);
    }

    /** Starts one more instance than kills, then kills the leader each time and times the next poll. */
    private List<Double> failovers() throws Exception {
        List<Double> seconds = new ArrayList<>();
        try (FakeBotApi api = new FakeBotApi(TOKEN)) {
            List<BotInstance> instances = start(api, KILLS_PER_START + 1);
            try {
                for (int kill = 0; kill < KILLS_PER_START; kill++) {
                    await().atMost(Duration.ofSeconds(30)).until(() -> instances.stream().anyMatch(this::leads));
                    BotInstance leader = instances.stream().filter(this::leads).findFirst().orElseThrow();
                    long killed = System.nanoTime();
                    leader.kill();
                    instances.remove(leader);
                    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() ->
                            api.calls("getUpdates").stream().anyMatch(call -> call.nanoTime() > killed));
                    long polled = api.calls("getUpdates").stream().mapToLong(FakeBotApi.Call::nanoTime)
                            .filter(time -> time > killed).min().orElseThrow();
                    seconds.add(Math.round((polled - killed) / 1e7) / 100.0);
                }
            } finally {
                instances.forEach(BotInstance::close);
            }
        }
        return seconds;
    }

    private boolean leads(BotInstance instance) {
        return instance.isAlive() && instance.log().contains("now polls Telegram");
    }

    /** Answers a second while {@code count} instances answer {@link #MESSAGES} questions, each from its own chat. */
    private double answersPerSecond(int count) throws Exception {
        try (FakeBotApi api = new FakeBotApi(TOKEN)) {
            List<BotInstance> instances = start(api, count);
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> !api.calls("getUpdates").isEmpty());
                long started = System.nanoTime();
                for (int chat = 0; chat < MESSAGES; chat++) {
                    api.push(Updates.privateText(20_000 + chat, "Which court wants Putin arrested?"));
                }
                await().atMost(Duration.ofMinutes(5)).until(() -> api.messages(sent -> true).size() >= MESSAGES);
                long last = api.calls("sendMessage").stream().mapToLong(FakeBotApi.Call::nanoTime).max().orElseThrow();
                return MESSAGES / ((last - started) / 1e9);
            } finally {
                instances.forEach(BotInstance::close);
            }
        }
    }

    private List<BotInstance> start(FakeBotApi api, int count) throws Exception {
        String database = TestPostgres.shared().newDatabase();
        Path root = Files.createTempDirectory("newsdesk-instances-bench");
        Path knowledge = TestDesks.folderWith(root, TestDesks.SEED);
        List<BotInstance> instances = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            instances.add(BotInstance.start("bench-" + i, Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL",
                    api.url(), "NEWSDESK_DATABASE_URL", database, "NEWSDESK_DATABASE_PASSWORD", TestPostgres.PASSWORD),
                    knowledge, root.resolve("data-" + i)));
        }
        instances.forEach(BotInstance::awaitStarted);
        return instances;
    }
}
