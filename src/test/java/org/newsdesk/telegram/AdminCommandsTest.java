package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.desk.Desk;
import org.newsdesk.index.Embedder;
import org.newsdesk.observe.Observer;
import org.newsdesk.testsupport.LongPath;
import org.newsdesk.testsupport.SharedModel;
import org.newsdesk.testsupport.TestDesks;
import org.newsdesk.testsupport.telegram.FakeBotApi;
import org.newsdesk.testsupport.telegram.Updates;

/** /reload, /stats and /unanswered: for administrators only, checked on every call. */
class AdminCommandsTest {

    private static final long READER = 4001;

    @TempDir
    static Path cache;
    @TempDir
    Path root;

    private Path knowledge;
    private RunningBot running;

    @BeforeEach
    void start() {
        knowledge = TestDesks.folderWith(root, TestDesks.SEED);
        Desk desk = Desk.open(knowledge, TestDesks.PROMPTS, cache, SharedModel.get());
        running = RunningBot.start(desk, desk.extractive());
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void should_reload_for_an_admin_and_report_what_was_added_and_what_failed_with_reasons() throws IOException {
        // given a new article and a broken file in the knowledge folder
        Files.copy(TestDesks.GOLDEN_ARTICLES.resolve(TestDesks.EXTRA), knowledge.resolve(TestDesks.EXTRA));
        Files.write(knowledge.resolve("broken.md"), new byte[] {(byte) 0xC3, (byte) 0x28, 'x'});

        // when
        String report = running.ask(RunningBot.ADMIN, "/reload").text();

        // then
        assertThat(report).contains("Reload finished").contains("Loaded 2 articles")
                .contains("Added: " + TestDesks.EXTRA).contains("Unchanged: " + TestDesks.SEED)
                .contains("Failed: \n• broken.md: is not valid UTF-8 text");
        assertThat(running.ask(RunningBot.ADMIN, "/sources").text()).contains("The articles I answer from (2)");
    }

    @Test
    void should_name_a_subfolder_it_cannot_enter_and_load_the_rest_on_reload() throws IOException {
        // given a new article, and a subfolder under a path longer than the system allows
        Files.copy(TestDesks.GOLDEN_ARTICLES.resolve(TestDesks.EXTRA), knowledge.resolve(TestDesks.EXTRA));
        try (LongPath deep = LongPath.under(knowledge, Files.createDirectories(root.resolve("scratch")),
                "Flights resumed in Oslo on Tuesday.")) {

            // when
            String report = running.ask(RunningBot.ADMIN, "/reload").text();

            // then
            assertThat(report).contains("Loaded 2 articles").contains("Added: " + TestDesks.EXTRA)
                    .containsPattern("• deep/d+…d+: cannot be read: file name too long");
            assertThat(report.length()).isLessThan(1_000);
        }
    }

    @Test
    void should_reply_in_one_line_when_the_reload_itself_fails() throws IOException {
        // given a desk whose embedding model breaks after the first load
        running.close();
        BreakingEmbedder embedder = new BreakingEmbedder();
        Desk desk = Desk.open(knowledge, TestDesks.PROMPTS, root.resolve("data"), embedder);
        running = RunningBot.start(desk, desk.extractive());
        Files.copy(TestDesks.GOLDEN_ARTICLES.resolve(TestDesks.EXTRA), knowledge.resolve(TestDesks.EXTRA));
        embedder.broken = true;

        // when
        String report = running.ask(RunningBot.ADMIN, "/reload").text();

        // then
        assertThat(report).isEqualTo("Reload failed: the embedding model stopped working."
                + " The articles in use stay as they were.");
        assertThat(running.ask(RunningBot.ADMIN, "/sources").text()).contains("The articles I answer from (1)");
    }

    /** The real model, until it is told to fail: what a model that cannot be loaded or crashes looks like. */
    private static final class BreakingEmbedder implements Embedder {

        volatile boolean broken;

        @Override
        public String id() {
            return SharedModel.get().id();
        }

        @Override
        public float[] embedQuery(String text) {
            return SharedModel.get().embedQuery(text);
        }

        @Override
        public List<float[]> embedPassages(List<String> texts) {
            if (broken) {
                throw new IllegalStateException("the embedding model stopped working");
            }
            return SharedModel.get().embedPassages(texts);
        }
    }

    @Test
    void should_report_a_changed_and_a_removed_article() throws IOException {
        // given
        Files.copy(TestDesks.GOLDEN_ARTICLES.resolve(TestDesks.EXTRA), knowledge.resolve(TestDesks.EXTRA));
        running.ask(RunningBot.ADMIN, "/reload");
        Files.writeString(knowledge.resolve(TestDesks.EXTRA), "\n\nThe talks in Istanbul were postponed.",
                java.nio.file.StandardOpenOption.APPEND);
        Files.delete(knowledge.resolve(TestDesks.SEED));

        // when
        String report = running.ask(RunningBot.ADMIN, "/reload").text();

        // then
        assertThat(report).contains("Changed: " + TestDesks.EXTRA).contains("Removed: " + TestDesks.SEED)
                .contains("Failed: none");
    }

    @Test
    void should_refuse_admin_commands_to_a_reader_politely_and_change_nothing() throws IOException {
        // given
        Files.copy(TestDesks.GOLDEN_ARTICLES.resolve(TestDesks.EXTRA), knowledge.resolve(TestDesks.EXTRA));

        // when
        String reload = running.ask(READER, "/reload").text();
        String stats = running.ask(READER, "/stats").text();
        String unanswered = running.ask(READER, "/unanswered").text();

        // then
        assertThat(reload).isEqualTo("Sorry, /reload is only for the administrators of this bot.");
        assertThat(stats).contains("only for the administrators");
        assertThat(unanswered).contains("only for the administrators");
        assertThat(running.ask(READER, "/sources").text()).contains("The articles I answer from (1)");
    }

    @Test
    void should_give_an_admin_the_stats_and_the_questions_it_could_not_answer() {
        // given
        running.ask(READER, "How many children were returned?");
        running.ask(READER, "What did the Zorblax ministry announce about tomatoes?");

        // when
        String stats = running.ask(RunningBot.ADMIN, "/stats").text();
        String unanswered = running.ask(RunningBot.ADMIN, "/unanswered").text();

        // then
        assertThat(stats).contains("Articles: 1").contains("Questions served: 2").contains("Unanswered: 1")
                .containsPattern("Answer time: p50 \\d+ ms, p95 \\d+ ms").containsPattern("Uptime: \\d\\d:\\d\\d:\\d\\d")
                .containsPattern("Last reload: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC, 1 article, 0 failed");
        assertThat(unanswered).contains("Questions I could not answer, most asked first (1)")
                .contains("What did the Zorblax ministry announce about tomatoes? asked 1×, last")
                .doesNotContain("How many children");
    }

    @Test
    void should_list_the_most_asked_first_and_send_them_all_as_csv() {
        // given: one question asked twice (spelt a little differently), another once
        running.ask(READER, "Who won the Super Bowl?");
        running.ask(READER, "=HYPERLINK(\"http://evil\") Who sings at the Eurovision?");
        running.ask(READER + 1, "who won the  super bowl?");

        // when
        String unanswered = running.ask(RunningBot.ADMIN, "/unanswered").text();
        running.push(Updates.privateText(RunningBot.ADMIN, "/unanswered csv"));
        await().atMost(RunningBot.PATIENCE).until(() -> !running.api.documents().isEmpty());

        // then
        assertThat(unanswered).containsSubsequence("Who won the Super Bowl? asked 2×", "Eurovision? asked 1×")
                .contains("/unanswered csv sends all 2");
        FakeBotApi.Document csv = running.api.documents().get(0);
        assertThat(csv.chat()).isEqualTo(RunningBot.ADMIN);
        assertThat(csv.fileName()).isEqualTo("unanswered-questions.csv");
        assertThat(csv.caption()).contains("(2)");
        List<String> lines = csv.text().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFquestion,count,first_asked,last_asked");
        assertThat(lines.get(1)).startsWith("\"Who won the Super Bowl?\",2,");
        assertThat(lines.get(2)).startsWith("\"'=HYPERLINK(\"\"http://evil\"\") Who sings at the Eurovision?\",1,");
        assertThat(csv.text()).doesNotContain(String.valueOf(READER));
    }

    @Test
    void should_keep_the_counts_and_the_unanswered_questions_across_a_restart() throws IOException {
        // given a bot that was asked, then stopped
        Path data = root.resolve("editors-data");
        Desk desk = running.desk;
        running.close();
        running = RunningBot.start(desk, desk.extractive(), data, Observer.NONE);
        running.ask(READER, "What did the Zorblax ministry announce about tomatoes?");
        running.close();

        // when it starts again on the same data folder
        running = RunningBot.start(desk, desk.extractive(), data, Observer.NONE);
        String stats = running.ask(RunningBot.ADMIN, "/stats").text();
        String unanswered = running.ask(RunningBot.ADMIN, "/unanswered").text();

        // then
        assertThat(stats).contains("Questions served: 1").contains("Unanswered: 1");
        assertThat(unanswered).contains("What did the Zorblax ministry announce about tomatoes? asked 1×");
        assertThat(Files.readString(data.resolve("editors/unanswered.json"))).contains("Zorblax")
                .doesNotContain(String.valueOf(READER));
    }
}
