package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testsupport.TestDesks;
import org.newsdesk.testsupport.postgres.TestPostgres;
import org.newsdesk.testsupport.telegram.BotInstance;
import org.newsdesk.testsupport.telegram.FakeBotApi;
import org.newsdesk.testsupport.telegram.FloodCheck;
import org.newsdesk.testsupport.telegram.Updates;

/**
 * Three bot processes of the built jar sharing one PostgreSQL database, one token and one (fake) Bot API,
 * each with its own data folder: 600 messages from 60 chats (half private, half groups) arrive while one
 * instance is killed (SIGKILL) and another stopped (SIGTERM). Every message is answered, once (but for a
 * reply the killed instance sent in the instant before it died, see {@link #assertAnsweredOnceInOrder()}),
 * each chat's replies come in order, the flood limits hold over all instances, and a reader's follow-up, answered
 * by another instance than the question before it, still leans on it. Once with long polling (the leader
 * is the one killed), once with the webhook behind a balancer, where a forged push is refused and leaves nothing.
 */
class SeveralInstancesIT {

    private static final String TOKEN = "424242:AAF-several_instances_secret";
    private static final String SECRET = "webhook-secret_42";
    private static final long ADMIN = 99;
    private static final int CHATS = 60;
    private static final int PER_CHAT = 10;
    /** Questions that stand alone (no "it", "they"...), so each has one answer whatever the chat asked before. */
    private static final List<String> QUESTIONS = List.of("How many kids were reunited with families?",
            "What kind of meetings did both sides have?", "What age is Melania Trump?",
            "Which court wants Putin arrested?", "Which country does Melania Trump come from originally?",
            "How many Ukrainian children does Kyiv say Russia took?", "What did Donald Trump pledge about ending the war?",
            "Which member of the royal family did Melania appear with?", "Did any child go to Russia rather than Ukraine?",
            "Who won the football world cup in 1998?");
    private static final String FIRST = "Which court wants Putin arrested?";
    private static final String FOLLOW_UP = "What allegations is it about?";
    private static final Duration ALL_ANSWERED = Duration.ofMinutes(4);

    @TempDir
    Path root;

    private String database;
    private FakeBotApi api;
    private Path knowledge;
    private final List<BotInstance> instances = new ArrayList<>();
    /** Each chat's questions in the order they were pushed: chat → (message id → question). */
    private final Map<Long, LinkedHashMap<Integer, String>> asked = new LinkedHashMap<>();

    @BeforeEach
    void prepare() throws IOException {
        database = TestPostgres.shared().newDatabase();
        api = new FakeBotApi(TOKEN);
        knowledge = TestDesks.folderWith(root, TestDesks.SEED);
    }

    @AfterEach
    void stop() {
        instances.forEach(BotInstance::close);
        api.close();
    }

    @Test
    void should_answer_600_messages_once_in_order_within_flood_limits_when_the_polling_leader_is_killed_and_another_stopped()
            throws Exception {
        startInstances(false);
        await().atMost(Duration.ofSeconds(30)).until(() -> !api.calls("getUpdates").isEmpty());
        runTheBurst(false);
    }

    @Test
    void should_do_the_same_with_the_webhook_and_refuse_a_forged_push() throws Exception {
        List<String> urls = startInstances(true);
        api.balanceWebhookOver(urls);
        await().atMost(BotInstance.STARTUP).until(() -> api.calls("setWebhook").size() == instances.size());
        assertThat(api.webhookSecret()).isEqualTo(SECRET);
        assertThat(api.calls("getUpdates")).as("no instance polls in webhook mode").isEmpty();

        // a forged push: wrong secret, or none
        ObjectNode forged = Updates.privateText(31337, "/start");
        forged.put("update_id", 987_654);
        assertThat(api.postToWebhook(urls.get(0), "wrong-secret", forged)).isEqualTo(401);
        assertThat(api.postToWebhook(urls.get(1), null, forged)).isEqualTo(401);

        runTheBurst(true);
        assertThat(count("SELECT count(*) FROM updates WHERE update_id = 987654")).isZero();
        assertThat(api.messagesTo(31337)).isEmpty();
    }

    private List<String> startInstances(boolean webhook) throws IOException {
        List<String> urls = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Map<String, String> environment = new HashMap<>(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL",
                    api.url(), "NEWSDESK_ADMINS", String.valueOf(ADMIN), "NEWSDESK_DATABASE_URL", database,
                    "NEWSDESK_DATABASE_PASSWORD", TestPostgres.PASSWORD));
            if (webhook) {
                int port = freePort();
                String url = "http://127.0.0.1:" + port + "/telegram/updates";
                urls.add(url);
                environment.putAll(Map.of("NEWSDESK_HTTP_PORT", String.valueOf(port), "TELEGRAM_WEBHOOK_URL", url,
                        "TELEGRAM_WEBHOOK_SECRET", SECRET));
            }
            instances.add(BotInstance.start((webhook ? "webhook-" : "polling-") + i, environment, knowledge, root.resolve("data-" + i)));
        }
        instances.forEach(BotInstance::awaitStarted);
        return urls;
    }

    private void runTheBurst(boolean webhook) throws Exception {
        // given a reader's first question, answered by one of the instances
        long reader = 777;
        ObjectNode first = Updates.privateText(reader, FIRST);
        api.push(first);
        await().atMost(Duration.ofSeconds(60)).until(() -> api.messagesTo(reader).size() == 1);
        long firstAnsweredBy = answeredBy(first);

        // when the first half of the burst arrives and one instance is killed
        pushRounds(0, PER_CHAT / 2);
        await().atMost(ALL_ANSWERED).until(() -> burstReplies() >= 100);
        BotInstance leader = webhook ? null : instances.stream().filter(i -> i.log().contains("now polls Telegram"))
                .reduce((a, b) -> b).orElseThrow();
        BotInstance killed = webhook ? instance(firstAnsweredBy) : leader;
        BotInstance stopped = instances.stream().filter(i -> i != killed && (webhook || leader.pid() == firstAnsweredBy
                || i.pid() == firstAnsweredBy)).findFirst().orElseThrow();
        BotInstance remaining = instances.stream().filter(i -> i != killed && i != stopped).findFirst().orElseThrow();
        long polledBefore = api.calls("getUpdates").size();
        long killedAt = System.nanoTime();
        killed.kill();

        // and the second half arrives, and another instance is stopped
        pushRounds(PER_CHAT / 2, PER_CHAT);
        if (!webhook) {
            await().atMost(Duration.ofSeconds(10)).until(() -> api.calls("getUpdates").stream()
                    .anyMatch(call -> call.nanoTime() > killedAt + Duration.ofMillis(200).toNanos()));
        }
        await().atMost(ALL_ANSWERED).until(() -> burstReplies() >= 400);
        assertThat(stopped.terminate(15)).as("%s stops within seconds of SIGTERM", stopped).isTrue();
        // a reply the killed instance sent twice counts among the replies, so wait for every update to be done
        // too: a group's last reply may still be waiting out its pace when the count is reached
        await().atMost(ALL_ANSWERED).until(() -> burstReplies() >= CHATS * PER_CHAT
                && count("SELECT count(*) FROM updates WHERE done_at IS NULL") == 0);

        // then the reader's follow-up, answered by an instance that did not answer the first question, leans on it
        ObjectNode followUp = Updates.privateText(reader, FOLLOW_UP);
        api.push(followUp);
        await().atMost(Duration.ofSeconds(60)).until(() -> api.messagesTo(reader).size() == 2);
        assertThat(answeredBy(followUp)).isEqualTo(remaining.pid()).isNotEqualTo(firstAnsweredBy);
        assertThat(api.messagesTo(reader).get(1).text()).contains("child abduction allegations");
        api.push(Updates.privateText(778, FOLLOW_UP));
        await().atMost(Duration.ofSeconds(60)).until(() -> api.messagesTo(778).size() == 1);
        assertThat(api.messagesTo(778).get(0).text()).as("the same words without the question before")
                .isNotEqualTo(api.messagesTo(reader).get(1).text());

        // and every message was answered exactly once, in order, within the flood limits
        Thread.sleep(2_000); // a duplicate would come now, if at all
        assertAnsweredOnceInOrder();
        Map<Long, Boolean> groups = asked.keySet().stream().collect(Collectors.toMap(chat -> chat, chat -> chat < 0));
        assertThat(FloodCheck.violations(api.calls(), groups)).isEmpty();
        assertThat(count("SELECT count(*) FROM updates WHERE done_at IS NULL")).isZero();
        assertThat(remaining.log()).doesNotContain(TOKEN.split(":")[1]).doesNotContain(TestPostgres.PASSWORD);
        if (!webhook) {
            assertThat(api.calls("getUpdates").size()).isGreaterThan((int) polledBefore);
        }
    }

    /** Private chats 5000.., groups -1000..; message k of chat c asks question (c + k) mod 10. */
    private void pushRounds(int from, int to) {
        for (int round = from; round < to; round++) {
            for (int chat = 0; chat < CHATS; chat++) {
                String question = QUESTIONS.get((chat + round) % QUESTIONS.size());
                boolean group = chat % 2 == 1;
                long id = group ? -1000 - chat : 5000 + chat;
                ObjectNode update = group ? Updates.groupText(id, 6000 + chat, "/ask " + question)
                        : Updates.privateText(id, question);
                asked.computeIfAbsent(id, c -> new LinkedHashMap<>()).put(update.at("/message/message_id").asInt(), question);
                api.push(update);
            }
        }
    }

    private int burstReplies() {
        return api.messages(sent -> asked.containsKey(sent.chat())).size();
    }

    /**
     * Each chat's replies answer its messages one by one, in order. A message is answered once, except one
     * that the killed instance held when it died: it may have been answered just before the kill and not yet
     * marked so (no store can make a send to Telegram and its record one act), and then its answer comes a
     * second time, right after the first. Only claims that lapsed count as such ({@code attempts >= 2}), so a
     * repeat anywhere else, or of an update the stopped instance gave back, fails.
     */
    private void assertAnsweredOnceInOrder() throws SQLException {
        Set<Integer> mayRepeat = lapsedMessages();
        assertThat(mayRepeat.size()).as("lapsed claims: at most one per worker of the killed instance")
                .isLessThanOrEqualTo(TelegramBot.WORKERS);
        // each group reply names the message it answers: the answer to each question, seen from the groups
        Map<String, String> answers = new HashMap<>();
        int repeats = 0;
        for (Map.Entry<Long, LinkedHashMap<Integer, String>> chat : asked.entrySet()) {
            if (chat.getKey() < 0) {
                List<Integer> answered = new ArrayList<>();
                for (FakeBotApi.Sent reply : api.messagesTo(chat.getKey())) {
                    if (!answered.isEmpty() && answered.get(answered.size() - 1).equals(reply.replyTo())
                            && mayRepeat.contains(reply.replyTo())) {
                        repeats++;
                        continue;
                    }
                    answered.add(reply.replyTo());
                    String question = chat.getValue().get(reply.replyTo());
                    String known = answers.putIfAbsent(question, reply.text());
                    if (known != null) {
                        assertThat(reply.text()).as("one answer to %s", question).isEqualTo(known);
                    }
                }
                assertThat(answered).as("group %s: one reply per message, in order", chat.getKey())
                        .containsExactlyElementsOf(chat.getValue().keySet());
            }
        }
        assertThat(answers.values()).as("the ten questions have ten different answers").doesNotHaveDuplicates()
                .hasSize(QUESTIONS.size());
        for (Map.Entry<Long, LinkedHashMap<Integer, String>> chat : asked.entrySet()) {
            if (chat.getKey() > 0) {
                List<Map.Entry<Integer, String>> expected = new ArrayList<>(chat.getValue().entrySet());
                List<String> replies = api.messagesTo(chat.getKey()).stream().map(FakeBotApi.Sent::text).toList();
                int next = 0;
                for (int i = 0; i < replies.size(); i++) {
                    boolean repeat = next > 0 && replies.get(i).equals(replies.get(i - 1))
                            && mayRepeat.contains(expected.get(next - 1).getKey());
                    if (repeat) {
                        repeats++;
                        continue;
                    }
                    assertThat(next).as("private chat %s: no more replies than messages", chat.getKey())
                            .isLessThan(expected.size());
                    assertThat(replies.get(i)).as("private chat %s, reply %s", chat.getKey(), i)
                            .isEqualTo(answers.get(expected.get(next).getValue()));
                    next++;
                }
                assertThat(next).as("private chat %s: every message answered", chat.getKey()).isEqualTo(expected.size());
            }
        }
        assertThat(repeats).isLessThanOrEqualTo(mayRepeat.size());
        System.out.printf("%d message(s) held by the killed instance were claimed again; %d answer(s) came twice%n",
                mayRepeat.size(), repeats);
    }

    /** The message ids of updates claimed again after a claim on them lapsed. */
    private Set<Integer> lapsedMessages() throws SQLException {
        Set<Integer> messages = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(database, TestPostgres.USER, TestPostgres.PASSWORD);
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT (body::jsonb #>> '{message,message_id}')::int FROM updates WHERE attempts >= 2")) {
            while (rows.next()) {
                messages.add(rows.getInt(1));
            }
        }
        return messages;
    }

    /** The process that answered an update: its claim's owner names the process id. */
    private long answeredBy(ObjectNode update) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, TestPostgres.USER, TestPostgres.PASSWORD);
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT lease_owner FROM updates WHERE update_id = ? AND done_at IS NOT NULL")) {
            statement.setLong(1, update.get("update_id").asLong());
            String owner = await().atMost(Duration.ofSeconds(10)).until(() -> {
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }, java.util.Objects::nonNull);
            return Long.parseLong(owner.substring(0, owner.indexOf('@')));
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, TestPostgres.USER, TestPostgres.PASSWORD);
             ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private BotInstance instance(long pid) {
        return instances.stream().filter(i -> i.pid() == pid).findFirst().orElseThrow();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
