package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.store.FeedbackLog.Outcome;

/** The feedback log of the file store: once per reader, bound to its chat, kept across restarts, bounded. */
class FileFeedbackLogTest {

    private static final long CHAT = 424_242_424L;
    private static final long READER = 987_654_321L;
    private static final Instant NOW = Instant.parse("2026-01-11T10:00:00Z");

    @TempDir
    Path data;

    @Test
    void should_count_each_reader_once_and_keep_it_across_a_restart_without_their_ids() throws Exception {
        // given an answer rated not helpful by one reader
        String id;
        try (FileStore store = FileStore.open(data, Clock.systemUTC())) {
            id = remember(store.feedback(), "How many children were returned?");
            assertThat(store.feedback().rate(id, CHAT, READER, Rating.NOT_HELPFUL, NOW)).isEqualTo(Outcome.COUNTED);
        }

        // when the store opens again and the same reader, then another, rate it
        try (FileStore store = FileStore.open(data, Clock.systemUTC())) {
            Outcome again = store.feedback().rate(id, CHAT, READER, Rating.HELPFUL, NOW.plusSeconds(5));
            Outcome other = store.feedback().rate(id, CHAT, READER + 1, Rating.NOT_HELPFUL, NOW.plusSeconds(9));

            // then
            assertThat(again).isEqualTo(Outcome.ALREADY_RATED);
            assertThat(other).isEqualTo(Outcome.COUNTED);
            assertThat(store.feedback().flagged()).singleElement().satisfies(rated -> {
                assertThat(rated.notHelpful()).isEqualTo(2);
                assertThat(rated.helpful()).isZero();
                assertThat(rated.lastRated()).isEqualTo(NOW.plusSeconds(9));
                assertThat(rated.answer().sources()).extracting(QuotedSource::quote).containsExactly("Eight children.");
            });
        }
        String saved = Files.readString(data.resolve("editors/feedback.json"), StandardCharsets.UTF_8);
        assertThat(saved).contains("How many children were returned?").doesNotContain(String.valueOf(READER))
                .doesNotContain(String.valueOf(CHAT));
    }

    @Test
    void should_know_an_answer_only_in_the_chat_it_was_given_in() {
        // given
        FileFeedbackLog log = new FileFeedbackLog(null);
        String id = remember(log, "Which court wants Putin arrested?");

        // then
        assertThat(log.answer(id, CHAT)).isPresent();
        assertThat(log.answer(id, CHAT + 1)).isEmpty();
        assertThat(log.answer(AnswerIds.next(), CHAT)).isEmpty();
        assertThat(log.rate(id, CHAT + 1, READER, Rating.NOT_HELPFUL, NOW)).isEqualTo(Outcome.UNKNOWN_ANSWER);
        assertThat(log.flagged()).isEmpty();
    }

    @Test
    void should_let_new_answers_push_out_old_unrated_ones_but_not_what_readers_flagged() {
        // given an early answer that a reader flagged
        FileFeedbackLog log = new FileFeedbackLog(null);
        String flagged = remember(log, "An early question");
        String unrated = remember(log, "Another early question");
        log.rate(flagged, CHAT, READER, Rating.NOT_HELPFUL, NOW);

        // when many answers follow
        for (int i = 0; i < FileFeedbackLog.UNRATED_KEPT; i++) {
            remember(log, "Question " + i);
        }

        // then the unrated one's buttons have expired, the flagged one is still listed
        assertThat(log.answer(unrated, CHAT)).isEmpty();
        assertThat(log.answer(flagged, CHAT)).isPresent();
        assertThat(log.flagged()).extracting(rated -> rated.answer().question()).containsExactly("An early question");
    }

    @Test
    void should_defuse_formulas_in_the_csv_and_name_no_reader() {
        // given
        FileFeedbackLog log = new FileFeedbackLog(null);
        String id = remember(log, "=HYPERLINK(\"http://evil\") How many?");
        log.rate(id, CHAT, READER, Rating.NOT_HELPFUL, NOW);

        // when
        String csv = new String(FeedbackCsv.of(log.flagged()), StandardCharsets.UTF_8);

        // then
        assertThat(csv.lines().toList().get(0)).isEqualTo("\uFEFFquestion,not_helpful,helpful,last_rated,answer,sources");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\") How many?\",1,0,2026-01-11T10:00:00Z")
                .contains("Title: Eight children.").doesNotContain(String.valueOf(READER));
    }

    private static String remember(FeedbackLog log, String question) {
        String id = AnswerIds.next();
        log.remember(new AnswerRecord(id, question, List.of(), "Eight children.", true,
                List.of(new QuotedSource("a.md", "Title", "AFP", "Eight children.")), NOW), CHAT);
        return id;
    }
}
