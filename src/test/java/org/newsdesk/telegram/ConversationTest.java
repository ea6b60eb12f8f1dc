package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.answer.Question;
import org.newsdesk.testsupport.telegram.FakeBotApi;
import org.newsdesk.testsupport.telegram.Updates;

/** A reader in a private chat with the bot, end to end through the real client and the fake Bot API. */
class ConversationTest {

    @RegisterExtension
    final RunningBot running = RunningBot.perTest();

    @Test
    void should_answer_a_question_with_its_sources_in_valid_html() {
        running.askSourced(1001, "How many children were returned to their families?")
                .containsIgnoringCase("eight children").contains("Sources")
                .contains("Melania Trump says eight Ukrainian children")
                .contains("AFP, 11 October 2025");
    }

    @Test
    void should_say_which_agency_reported_a_story_quoting_its_dateline() {
        running.askSourced(1010, "Which agency reported the prisoner exchange?")
                .contains("is from Reuters")
                .contains("Russia and Ukraine swap 150 prisoners each")
                .contains("GENEVA (Reuters) -")
                .contains("Reuters, 20 September 2025");
    }

    @Test
    void should_understand_a_follow_up_from_the_chat_context() {
        // given
        running.ask(1002, "How many children were returned?");

        // when
        FakeBotApi.Sent followUp = running.ask(1002, "How many of them went back to Ukraine?");

        // then
        assertThat(followUp.text()).contains("Seven of them were returned to Ukraine");
    }

    @Test
    void should_show_typing_while_answering() {
        // when
        running.ask(1003, "Who issued an arrest warrant for Putin?");

        // then
        assertThat(running.api.calls("sendChatAction"))
                .anySatisfy(call -> {
                    assertThat(call.body().path("chat_id").asText()).isEqualTo("1003");
                    assertThat(call.body().path("action").asText()).isEqualTo("typing");
                });
    }

    @Test
    void should_say_the_articles_do_not_cover_what_they_do_not() {
        // when
        FakeBotApi.Sent reply = running.ask(1004, "Who won the football world cup in 1998?");

        // then
        assertThat(reply.text()).contains("do not say").doesNotContain("Sources");
    }

    @Test
    void should_hint_that_stickers_and_photos_cannot_be_read() {
        // when
        running.push(Updates.privateSticker(1005));
        running.push(Updates.privatePhoto(1005));

        // then
        List<FakeBotApi.Sent> replies = running.awaitMessages(1005, 2);
        assertThat(replies).allSatisfy(reply -> assertThat(reply.text()).contains("send your question as text"));
    }

    @Test
    void should_ignore_edited_messages() {
        // when an edit arrives, then a question
        running.push(Updates.privateEdit(1006, "How many children were returned?"));
        FakeBotApi.Sent reply = running.ask(1006, "Who issued an arrest warrant for Putin?");

        // then only the question was answered
        assertThat(running.api.messagesTo(1006)).containsExactly(reply);
        assertThat(reply.text()).contains("International Criminal Court");
    }

    @Test
    void should_refuse_an_over_long_question_with_a_clear_message() {
        // when
        FakeBotApi.Sent reply = running.ask(1007, "Why? ".repeat(Question.MAX_LENGTH));

        // then
        assertThat(reply.text()).contains("under " + Question.MAX_LENGTH + " characters");
    }

    @Test
    void should_keep_markup_typed_by_a_reader_as_plain_text() {
        // when
        running.ask(RunningBot.ADMIN, "<b>Who</b> & <i>what</i> is <script>alert(1)</script> Zorblax?");
        FakeBotApi.Sent unanswered = running.ask(RunningBot.ADMIN, "/unanswered");

        // then
        assertThat(unanswered.text()).contains("<b>Who</b> & <i>what</i> is <script>alert(1)</script> Zorblax?");
        assertThat(unanswered.html()).doesNotContain("<script>");
        assertThat(running.api.rejected()).isEmpty();
    }

    @Test
    void should_carry_on_after_an_update_it_cannot_handle() {
        // given a message without a sender, which no handler expects
        var broken = Updates.privateText(1008, "hello");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("message")).remove("from");
        running.push(broken);

        // when
        FakeBotApi.Sent reply = running.ask(1008, "Who issued an arrest warrant for Putin?");

        // then
        await().untilAsserted(() -> assertThat(reply.text()).contains("International Criminal Court"));
    }
}
