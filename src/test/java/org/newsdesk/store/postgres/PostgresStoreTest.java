package org.newsdesk.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.store.AnswerRecord;
import org.newsdesk.store.FeedbackLog.Outcome;
import org.newsdesk.store.Pacing;
import org.newsdesk.store.QuotedSource;
import org.newsdesk.store.RateLimits;
import org.newsdesk.store.RatedAnswer;
import org.newsdesk.store.Rating;
import org.newsdesk.store.StoreException;
import org.newsdesk.store.UpdateQueue.Claim;
import org.newsdesk.store.UpdateQueue.Received;
import org.newsdesk.store.UpdateQueue;
import org.newsdesk.testsupport.postgres.TestPostgres;

/** The PostgreSQL store against a real server: two stores on one database stand for two instances. */
class PostgresStoreTest {

    private String url;
    private PostgresStore first;
    private PostgresStore second;

    @BeforeEach
    void open() {
        url = TestPostgres.shared().newDatabase();
        first = PostgresStore.open(url, Optional.of(TestPostgres.PASSWORD));
        second = PostgresStore.open(url, Optional.of(TestPostgres.PASSWORD));
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    @Test
    void should_share_counters_unanswered_questions_conversations_and_follow_ups_between_instances() {
        // when
        first.counters().increment("questions");
        second.counters().increment("questions");
        first.unanswered().record("Who won the Super Bowl?", Instant.parse("2025-10-11T10:00:00Z"));
        second.unanswered().record("who  won the super bowl? ", Instant.parse("2025-10-12T10:00:00Z"));
        second.unanswered().record("Is it raining?", Instant.parse("2025-10-12T11:00:00Z"));
        first.conversations().updateMessages("42", List.of(UserMessage.from("Who?"), AiMessage.from("Melania Trump.")));
        for (String question : List.of("q1", "q2", "q3", "q4")) {
            first.followUps().remember("42", question);
        }

        // then
        assertThat(second.counters().get("questions")).isEqualTo(2);
        assertThat(second.counters().since()).isEqualTo(first.counters().since());
        assertThat(first.unanswered().mostAsked()).extracting(q -> q.question() + " x" + q.count())
                .containsExactly("Who won the Super Bowl? x2", "Is it raining? x1");
        assertThat(first.unanswered().mostAsked().get(0).firstAsked()).isEqualTo(Instant.parse("2025-10-11T10:00:00Z"));
        assertThat(second.conversations().getMessages("42")).hasSize(2);
        assertThat(second.followUps().earlier("42")).containsExactly("q2", "q3", "q4");
        second.followUps().forget("42");
        second.conversations().deleteMessages("42");
        assertThat(first.followUps().earlier("42")).isEmpty();
        assertThat(first.conversations().getMessages("42")).isEmpty();
    }

    @Test
    void should_share_answers_and_ratings_between_instances_counting_each_reader_once() {
        // given an answer given in chat 42 by the first instance
        Instant at = Instant.parse("2025-10-11T10:00:00Z");
        AnswerRecord answer = new AnswerRecord("abc123", "How many children?", List.of("Who?"), "Eight children.", true,
                List.of(new QuotedSource("a.md", "Title", "AFP", "Eight children were returned.")), at);
        first.feedback().remember(answer, 42);

        // when readers press its buttons on either instance
        Outcome firstPress = second.feedback().rate("abc123", 42, 7, Rating.NOT_HELPFUL, at.plusSeconds(60));
        Outcome again = first.feedback().rate("abc123", 42, 7, Rating.HELPFUL, at.plusSeconds(70));
        Outcome otherReader = first.feedback().rate("abc123", 42, 8, Rating.NOT_HELPFUL, at.plusSeconds(80));
        Outcome otherChat = first.feedback().rate("abc123", 43, 9, Rating.NOT_HELPFUL, at.plusSeconds(90));

        // then
        assertThat(List.of(firstPress, again, otherReader, otherChat))
                .containsExactly(Outcome.COUNTED, Outcome.ALREADY_RATED, Outcome.COUNTED, Outcome.UNKNOWN_ANSWER);
        assertThat(second.feedback().answer("abc123", 42)).contains(answer);
        assertThat(second.feedback().answer("abc123", 43)).isEmpty();
        assertThat(first.feedback().flagged()).containsExactly(new RatedAnswer(answer, 0, 2, at.plusSeconds(80)));
    }

    @Test
    void should_store_an_update_once_and_give_each_chat_one_claim_at_a_time_in_order() {
        // given two updates of chat a, one of chat b, and a duplicate delivery
        UpdateQueue one = first.updates();
        UpdateQueue other = second.updates();
        one.store(List.of(new Received(1, "a", "{\"update_id\":1}"), new Received(2, "a", "{\"update_id\":2}"),
                new Received(3, "b", "{\"update_id\":3}")));
        other.store(List.of(new Received(1, "a", "{\"update_id\":1}")));

        // when both instances claim
        List<Claim> byOne = one.claim(10);
        List<Claim> byOther = other.claim(10);

        // then each chat's oldest goes to one of them, and chat a's second waits for its first
        assertThat(byOne).extracting(Claim::id).containsExactly(1L, 3L);
        assertThat(byOther).isEmpty();
        assertThat(one.waiting()).isEqualTo(3);
        one.done(1);
        assertThat(other.claim(10)).extracting(Claim::id).containsExactly(2L);
        other.store(List.of(new Received(1, "a", "{\"update_id\":1}")));
        assertThat(one.claim(10)).as("an answered update sent again is not answered again").isEmpty();
    }

    @Test
    void should_let_another_instance_claim_an_update_whose_lease_lapsed_and_one_given_back_at_once() {
        // given an instance whose claims lapse after a second, and one that renews
        Database database = new Database(first.pool());
        UpdateQueue dying = new PgUpdateQueue(database, "dying", Duration.ofSeconds(1));
        UpdateQueue alive = new PgUpdateQueue(database, "alive", Duration.ofSeconds(1));
        dying.store(List.of(new Received(10, "c", "{}"), new Received(11, "d", "{}")));
        assertThat(dying.claim(10)).hasSize(2);

        // when the first never renews and the second is given back
        dying.release(11);

        // then
        assertThat(alive.claim(10)).extracting(Claim::id).containsExactly(11L);
        alive.renew(List.of(11L));
        Claim lapsed = await().atMost(Duration.ofSeconds(10)).until(() -> alive.claim(10), claims -> !claims.isEmpty()).get(0);
        assertThat(lapsed.id()).isEqualTo(10);
        assertThat(lapsed.attempts()).isEqualTo(2);
    }

    @Test
    void should_hand_leadership_to_another_instance_when_the_leader_steps_down() {
        // given
        AtomicInteger leaders = new AtomicInteger();
        AtomicInteger secondLeads = new AtomicInteger();
        first.leadership().start(leaders::incrementAndGet, leaders::decrementAndGet);
        await().atMost(Duration.ofSeconds(10)).until(() -> leaders.get() == 1);
        second.leadership().start(secondLeads::incrementAndGet, secondLeads::decrementAndGet);

        // when
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> secondLeads.get() == 0);
        first.leadership().close();

        // then
        assertThat(leaders.get()).isZero();
        await().atMost(Duration.ofSeconds(5)).until(() -> secondLeads.get() == 1);
    }

    @Test
    void should_pace_sends_of_every_instance_as_one() {
        // given a limit of two at once, then one a second, booked by both instances
        Pacing.Limit limit = new Pacing.Limit("chat:1", 2, Duration.ofSeconds(1));

        // when
        Duration firstWait = first.pacing().reserve(List.of(limit));
        Duration secondWait = second.pacing().reserve(List.of(limit));
        Duration thirdWait = first.pacing().reserve(List.of(limit));
        Duration fourthWait = second.pacing().reserve(List.of(limit));

        // then the burst goes at once and the rest are spaced a second apart, whoever books
        assertThat(firstWait).isLessThan(Duration.ofMillis(50));
        assertThat(secondWait).isLessThan(Duration.ofMillis(50));
        assertThat(thirdWait).isBetween(Duration.ofMillis(850), Duration.ofMillis(1000));
        assertThat(fourthWait).isBetween(Duration.ofMillis(1850), Duration.ofMillis(2000));
        assertThat(second.pacing().reserve(List.of(new Pacing.Limit("chat:2", 2, Duration.ofSeconds(1)))))
                .isLessThan(Duration.ofMillis(50));
    }

    @Test
    void should_count_a_late_send_from_when_it_really_goes_on_every_instance() {
        // given one send at once, then one a second
        Pacing.Limit limit = new Pacing.Limit("chat:3", 1, Duration.ofSeconds(1));
        first.pacing().reserve(List.of(limit));

        // when that send goes out five seconds late
        first.pacing().sendsLate(List.of(limit), Duration.ofSeconds(5));

        // then the next, booked on the other instance, waits a second after it
        assertThat(second.pacing().reserve(List.of(limit))).isBetween(Duration.ofMillis(5_800), Duration.ofMillis(6_000));
    }

    @Test
    void should_count_a_readers_requests_on_every_instance_together() {
        // given a limit of two, then one every three seconds
        RateLimits.Limit limit = new RateLimits.Limit(2, Duration.ofSeconds(3));
        long now = 1_000_000_000_000L;

        // when the reader's requests go to both instances
        List<RateLimits.Outcome> outcomes = List.of(first.rateLimits().take("questions:7", limit, now),
                second.rateLimits().take("questions:7", limit, now), first.rateLimits().take("questions:7", limit, now),
                second.rateLimits().take("questions:7", limit, now));

        // then
        assertThat(outcomes).containsExactly(RateLimits.Outcome.ALLOWED, RateLimits.Outcome.ALLOWED,
                RateLimits.Outcome.REFUSED_FIRST, RateLimits.Outcome.REFUSED_AGAIN);
        assertThat(second.rateLimits().nanosUntilAllowed("questions:7", limit, now)).isEqualTo(3_000_000_000L);
        assertThat(first.rateLimits().take("questions:7", limit, now + 3_000_000_000L))
                .isEqualTo(RateLimits.Outcome.ALLOWED);
        assertThat(first.rateLimits().take("questions:8", limit, now)).isEqualTo(RateLimits.Outcome.ALLOWED);
    }

    @Test
    void should_refuse_a_wrong_password_in_one_line_without_it() {
        assertThatThrownBy(() -> PostgresStore.open(url, Optional.of("not-the-password")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot connect to PostgreSQL at 127.0.0.1:")
                .hasMessageNotContaining("not-the-password");
    }
}
