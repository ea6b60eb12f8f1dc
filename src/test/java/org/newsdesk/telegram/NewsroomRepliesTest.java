package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Question;
import org.newsdesk.answer.Source;
import org.newsdesk.metrics.Metrics;
import org.newsdesk.testsupport.telegram.FakeBotApi;
import org.newsdesk.testsupport.telegram.TelegramHtml;
import org.newsdesk.testsupport.telegram.Updates;

/**
 * What a reader sees (issue 13), driven as a black box: the real bot and TelegramBots client against the
 * fake Bot API, with the seed article and the prisoner-exchange article loaded.
 */
class NewsroomRepliesTest {

    @RegisterExtension
    final RunningBot running = RunningBot.perTest();

    /**
     * The HTML of the reply to "How many children were returned?" on main at 65a0b9a, before this
     * layout (measured with this bot and these two articles): the two answering sentences, then a Sources
     * list naming the same article twice and quoting both sentences again. 690 characters were visible.
     */
    static final int LENGTH_BEFORE = 761;
    static final String CHILDREN = "How many children were returned?";
    static final Duration ACKNOWLEDGED_WITHIN = Duration.ofSeconds(2);

    @Test
    void should_quote_each_sentence_once_with_the_sources_one_tap_away_in_two_thirds_of_the_length() {
        // given the sentences the answer quotes
        Answer expected = running.desk.extractive().answer(Question.of(CHILDREN));
        assertThat(expected.sources()).isNotEmpty();

        // when
        FakeBotApi.Sent reply = running.ask(5001, CHILDREN);

        // then each quoted sentence is in the reply once
        for (Source source : expected.sources()) {
            assertThat(occurrences(reply.text(), source.quote())).as(source.quote()).isEqualTo(1);
        }
        // the article is named once, in an expandable quote that holds the source list
        assertThat(occurrences(reply.text(), expected.sources().get(0).title())).isEqualTo(1);
        TelegramHtml.Parsed parsed = TelegramHtml.parse(reply.html());
        TelegramHtml.Entity folded = parsed.entities().stream()
                .filter(entity -> entity.type().equals("expandable_blockquote")).findFirst().orElseThrow();
        String inside = parsed.text().substring(folded.offset(), folded.offset() + folded.length());
        assertThat(inside).startsWith("Sources").contains(expected.sources().get(0).title()).contains("AFP");
        String body = parsed.text().substring(0, folded.offset()).strip();
        assertThat(body).startsWith(expected.sources().get(0).quote()).endsWith(" [1]").doesNotContain("AFP");
        // and the message is at most two thirds of what it was (761 characters of HTML: now about 400)
        assertThat(reply.html().length()).isLessThanOrEqualTo(LENGTH_BEFORE * 2 / 3);
        assertThat(running.api.rejected()).isEmpty();
    }

    @Test
    void should_repeat_no_date_heading_in_the_timeline_and_name_each_article_once() {
        // when
        FakeBotApi.Sent timeline = running.ask(5002, "/timeline");

        // then
        List<String> headings = boldOutsideQuotes(timeline.html());
        assertThat(headings).contains("11 October 2025", "20 September 2025").doesNotHaveDuplicates();
        assertThat(occurrences(timeline.text(), "Melania Trump says eight Ukrainian children reunited")).isEqualTo(1);
        assertThat(occurrences(timeline.text(), "Russia and Ukraine swap 150 prisoners")).isEqualTo(1);
        assertThat(timeline.html()).contains("<blockquote expandable>");
        assertThat(timeline.text().length()).isLessThan(Chunker.LIMIT);
        assertThat(running.api.rejected()).isEmpty();
    }

    @Test
    void should_point_a_group_reply_at_its_question() {
        // given
        ObjectNode question = Updates.groupText(-5003, 5003, "/ask " + CHILDREN);
        int asked = question.at("/message/message_id").asInt();

        // when
        running.push(question);
        FakeBotApi.Sent reply = running.awaitMessages(-5003, 1).get(0);

        // then
        assertThat(reply.replyTo()).isEqualTo(asked);
        assertThat(reply.buttons()).contains("👍 Helpful", "👎 Not helpful");
    }

    @Test
    void should_quote_a_private_question_only_when_other_messages_came_in_between() {
        // given a question on its own, then two sent together
        FakeBotApi.Sent alone = running.ask(5004, CHILDREN);
        ObjectNode first = Updates.privateText(5004, "Which court wants Putin arrested?");
        ObjectNode second = Updates.privateText(5004, "How many prisoners were exchanged?");

        // when
        running.api.pushTogether(first, second);
        List<FakeBotApi.Sent> replies = running.awaitMessages(5004, 3);

        // then the lone answer follows its question and quotes nothing; the other two quote theirs
        assertThat(alone.replyTo()).isNull();
        assertThat(replies.get(1).replyTo()).isEqualTo(first.at("/message/message_id").asInt());
        assertThat(replies.get(2).replyTo()).isEqualTo(second.at("/message/message_id").asInt());
    }

    @Test
    void should_thank_at_once_count_a_readers_rating_once_and_list_it_for_the_admins() {
        // given an answer and its buttons
        FakeBotApi.Sent answer = running.ask(5005, CHILDREN);
        assertThat(answer.buttons()).containsSubsequence("👍 Helpful", "👎 Not helpful", "More from this article");
        String notHelpful = answer.callbackData("👎 Not helpful");
        assertThat(notHelpful.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);

        // when the reader presses "not helpful" twice
        long pressed = System.nanoTime();
        FakeBotApi.Call thanked = press("press-1", 5005, answer, notHelpful);
        FakeBotApi.Call again = press("press-2", 5005, answer, notHelpful);

        // then the first press is acknowledged within 2 s with a thank-you, the second is not counted again
        assertThat(Duration.ofNanos(thanked.nanoTime() - pressed)).isLessThan(ACKNOWLEDGED_WITHIN);
        assertThat(thanked.body().path("text").asText()).isEqualTo("Thank you for your feedback!");
        assertThat(again.body().path("text").asText()).contains("already rated");
        String feedback = running.ask(RunningBot.ADMIN, "/feedback").text();
        assertThat(feedback).contains("Answers readers found not helpful").contains(CHILDREN)
                .contains("1× not helpful, 0× helpful")
                .contains("Eight children displaced by Moscow’s 2022 invasion")
                .doesNotContain("5005");
    }

    @Test
    void should_count_each_rating_in_the_metrics_once() throws Exception {
        // given a bot whose observer is the metrics
        Metrics metrics = new Metrics();
        running.restart(running.desk, running.desk.extractive(),
                java.nio.file.Files.createTempDirectory("newsdesk-feedback"), metrics);
        FakeBotApi.Sent answer = running.ask(5009, CHILDREN);

        // when one reader presses "helpful" twice and another "not helpful"
        press("m-1", 5009, answer, answer.callbackData("👍 Helpful"));
        press("m-2", 5009, answer, answer.callbackData("👍 Helpful"));
        press("m-3", 5010, new FakeBotApi.Sent(5009, answer.messageId(), answer.html(), answer.parseMode(), null, 0,
                null), answer.callbackData("👎 Not helpful"));

        // then
        assertThat(metrics.scrape()).contains("newsdesk_feedback_total{verdict=\"helpful\"} 1.0")
                .contains("newsdesk_feedback_total{verdict=\"not_helpful\"} 1.0");
        metrics.close();
    }

    @Test
    void should_answer_a_forged_or_stale_button_politely_and_change_nothing() {
        // given an answer in one chat, and a reader of another chat who copies its button
        FakeBotApi.Sent answer = running.ask(5006, CHILDREN);
        String notHelpful = answer.callbackData("👎 Not helpful");
        int messagesBefore = running.api.messagesTo(5006).size();

        // when callbacks arrive that the bot never made, or for another chat's answer
        List<FakeBotApi.Call> answers = new ArrayList<>();
        answers.add(press("forged-1", 5006, answer, "n:AAAAAAAAAAAA"));
        answers.add(press("forged-2", 5006, answer, "x:" + notHelpful.substring(2)));
        answers.add(press("forged-3", 5006, answer, "<b>&amp;" + "é".repeat(40)));
        answers.add(press("forged-4", 5007, new FakeBotApi.Sent(5007, answer.messageId(), answer.html(),
                answer.parseMode(), null, 0, null), notHelpful));

        // then each gets the polite expiry, and nothing is counted or sent
        assertThat(answers).allSatisfy(call -> assertThat(call.body().path("text").asText())
                .isEqualTo("Sorry, this button has expired. Please ask your question again."));
        assertThat(running.ask(RunningBot.ADMIN, "/feedback").text())
                .isEqualTo("No answer has been marked not helpful so far.");
        assertThat(running.api.messagesTo(5006)).hasSize(messagesBefore);
        assertThat(running.api.messagesTo(5007)).isEmpty();
    }

    @Test
    void should_read_on_from_the_cited_article_and_show_what_it_can_answer_under_a_refusal() {
        // given an answer, and a question the articles do not cover
        FakeBotApi.Sent answer = running.ask(5008, CHILDREN);
        FakeBotApi.Sent refusal = running.ask(5008, "Who won the Super Bowl?");

        // when
        press("more", 5008, answer, answer.callbackData("More from this article"));
        FakeBotApi.Sent more = running.awaitMessages(5008, 3).get(2);
        press("what", 5008, refusal, refusal.callbackData("What I can answer"));
        FakeBotApi.Sent sources = running.awaitMessages(5008, 4).get(3);

        // then more sentences of the article, none already quoted, under the answer
        assertThat(more.replyTo()).isEqualTo(answer.messageId());
        assertThat(more.text()).startsWith("More from this article").contains("[1]")
                .doesNotContain("Eight children displaced by Moscow’s 2022 invasion");
        assertThat(refusal.buttons()).contains("👍 Helpful", "What I can answer");
        assertThat(sources.text()).contains("The articles I answer from (2)");
        assertThat(running.api.rejected()).isEmpty();
    }

    @Test
    void should_offer_the_other_reports_when_several_cover_the_question() throws Exception {
        // given two reports of one handover
        java.nio.file.Path articles = java.nio.file.Path.of("src/test/resources/devcorpus/articles");
        org.newsdesk.desk.Desk desk = org.newsdesk.testsupport.TestDesks.loaded(
                java.nio.file.Files.createTempDirectory("newsdesk-two-reports"),
                articles.resolve("2025-04-14-reuters-uk-ambulances-kyiv.txt").toString(),
                articles.resolve("2025-04-16-bloomberg-uk-ambulances.txt").toString());
        running.restart(desk, desk.extractive());
        FakeBotApi.Sent answer = running.ask(5011, "Which country gave armoured ambulances to Ukraine?");

        // when
        assertThat(answer.buttons()).as(answer.text()).contains("Other reports");
        press("other", 5011, answer, answer.callbackData("Other reports"));
        FakeBotApi.Sent others = running.awaitMessages(5011, 2).get(1);

        // then the other report, quoted once, named once, and not the one the answer cites
        assertThat(others.replyTo()).isEqualTo(answer.messageId());
        assertThat(others.text()).startsWith("Other reports").contains("[1]");
        String cited = answer.text().contains("Bloomberg") ? "Bloomberg" : "Reuters";
        String other = cited.equals("Bloomberg") ? "Reuters" : "Bloomberg";
        assertThat(others.text()).contains(other).doesNotContain(cited + ", ");
        assertThat(running.api.rejected()).isEmpty();
    }

    /** Presses a button and waits for the bot's answerCallbackQuery. */
    private FakeBotApi.Call press(String id, long user, FakeBotApi.Sent message, String data) {
        running.push(Updates.callbackQuery(id, user, message, data));
        await().atMost(RunningBot.PATIENCE).until(() -> running.api.callbackAnswer(id).isPresent());
        return running.api.callbackAnswer(id).orElseThrow();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    /** The bold runs of a message outside its quotes: its headings. */
    private static List<String> boldOutsideQuotes(String html) {
        String outside = html.replaceAll("(?s)<blockquote[^>]*>.*?</blockquote>", "");
        List<String> bold = new ArrayList<>();
        Matcher matcher = Pattern.compile("<b>([^<]*)</b>").matcher(outside);
        while (matcher.find()) {
            bold.add(matcher.group(1));
        }
        return bold;
    }
}
