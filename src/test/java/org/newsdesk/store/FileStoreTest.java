package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @TempDir
    Path data;

    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

    @Test
    void should_keep_counts_and_questions_across_close_and_open() {
        // given
        try (Store store = FileStore.open(data, clock)) {
            store.counters().increment("questions");
            store.counters().increment("questions");
            store.unanswered().record("Who won?", T0);
            store.unanswered().record("  who   WON? ", T0.plusSeconds(60));
            store.unanswered().record("Where is it?", T0.plusSeconds(30));
        }

        // when
        try (Store reopened = FileStore.open(data, Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC))) {
            // then
            assertThat(reopened.counters().get("questions")).isEqualTo(2);
            assertThat(reopened.counters().get("never")).isZero();
            assertThat(reopened.counters().since()).isEqualTo(T0);
            assertThat(reopened.unanswered().mostAsked()).containsExactly(
                    new UnansweredQuestion("Who won?", 2, T0, T0.plusSeconds(60)),
                    new UnansweredQuestion("Where is it?", 1, T0.plusSeconds(30), T0.plusSeconds(30)));
        }
    }

    @Test
    void should_keep_only_the_most_recently_asked_questions_past_the_limit() {
        // given
        try (Store store = FileStore.open(data, clock)) {
            for (int i = 0; i < FileStore.UNANSWERED_KEPT + 5; i++) {
                store.unanswered().record("question " + i, T0.plusSeconds(i));
            }
            // asked again after it was dropped: back, and the least recent of the others goes
            store.unanswered().record("question 0", T0.plusSeconds(100_000));

            // then
            List<UnansweredQuestion> kept = store.unanswered().mostAsked();
            assertThat(kept).hasSize(FileStore.UNANSWERED_KEPT);
            assertThat(kept.get(0).question()).isEqualTo("question 0");
            assertThat(kept).extracting(UnansweredQuestion::question).doesNotContain("question 1", "question 5")
                    .contains("question 6", "question " + (FileStore.UNANSWERED_KEPT + 4));
        }
    }

    @Test
    void should_write_nothing_when_nothing_was_recorded_and_leave_no_temporary_files() throws Exception {
        try (Store store = FileStore.open(data, clock)) {
            store.flush();
        }
        assertThat(data.resolve("editors")).doesNotExist();

        try (Store store = FileStore.open(data, clock)) {
            store.unanswered().record("Who?", T0);
            store.flush();
            store.flush();
        }
        try (Stream<Path> files = Files.list(data.resolve("editors"))) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("unanswered.json");
        }
    }

    @Test
    void should_set_an_unreadable_file_aside_and_start_afresh() throws Exception {
        // given
        Path folder = Files.createDirectories(data.resolve("editors"));
        Files.writeString(folder.resolve("unanswered.json"), "[{\"question\": \"half a fi");

        // when
        try (Store store = FileStore.open(data, clock)) {
            // then
            assertThat(store.unanswered().mostAsked()).isEmpty();
        }
        assertThat(folder.resolve("unanswered.json.unreadable")).hasContent("[{\"question\": \"half a fi");
    }

    @Test
    void should_write_csv_with_a_header_quotes_and_formulas_defused() {
        byte[] csv = UnansweredCsv.of(List.of(new UnansweredQuestion("Who said \"no\", and why?", 3, T0, T0),
                new UnansweredQuestion("=1+1", 1, T0, T0)));

        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8).lines()).containsExactly(
                "\uFEFFquestion,count,first_asked,last_asked",
                "\"Who said \"\"no\"\", and why?\",3,2026-01-01T10:00:00Z,2026-01-01T10:00:00Z",
                "\"'=1+1\",1,2026-01-01T10:00:00Z,2026-01-01T10:00:00Z");
    }

    @Test
    void should_answer_an_update_again_only_when_its_answered_marker_is_older_than_telegram_keeps_updates() throws Exception {
        // given two answered updates, not yet confirmed to Telegram; one answered two days ago
        try (Store store = FileStore.open(data, clock)) {
            store.updates().store(List.of(new UpdateQueue.Received(7, "chat", "{}"), new UpdateQueue.Received(8, "chat", "{}")));
            store.updates().claim(1).forEach(claim -> store.updates().done(claim.id()));
            store.updates().claim(1).forEach(claim -> store.updates().done(claim.id()));
        }
        Path old = data.resolve("updates/7.done");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        // when Telegram hands out both ids again after a restart (it numbers afresh after a quiet week)
        try (Store reopened = FileStore.open(data, clock)) {
            reopened.updates().store(List.of(new UpdateQueue.Received(7, "chat", "{\"new\":1}"),
                    new UpdateQueue.Received(8, "chat", "{}")));

            // then the recent marker still guards its update, the stale one was dropped
            assertThat(reopened.updates().claim(5)).extracting(UpdateQueue.Claim::id).containsExactly(7L);
            assertThat(old).doesNotExist();
        }
    }
}
