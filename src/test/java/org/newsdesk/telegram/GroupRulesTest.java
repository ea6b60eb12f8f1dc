package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.testsupport.telegram.FakeBotApi;
import org.newsdesk.testsupport.telegram.Updates;

/** In a group the bot speaks only when addressed: /ask, /cmd@thisbot, a mention, or a reply to it. */
class GroupRulesTest {

    @RegisterExtension
    final RunningBot running = RunningBot.perTest();

    private static final long GROUP = -100_123;
    private static final long MEMBER = 2001;
    private static final String MENTION = "@" + FakeBotApi.BOT_USERNAME;

    @Test
    void should_answer_ask_in_a_group_as_a_reply_to_the_asker() {
        // when
        running.push(Updates.groupText(GROUP, MEMBER, "/ask How many children were returned?"));

        // then
        FakeBotApi.Sent reply = running.awaitMessages(GROUP, 1).get(0);
        assertThat(reply.text()).containsIgnoringCase("eight children");
        assertThat(reply.replyTo()).isNotNull();
    }

    @Test
    void should_answer_a_command_addressed_to_this_bot_and_ignore_one_for_another_bot() {
        // when
        running.push(Updates.groupText(GROUP, MEMBER, "/sources@other_news_bot"));
        running.push(Updates.groupText(GROUP, MEMBER, "/sources@" + FakeBotApi.BOT_USERNAME));
        running.push(Updates.groupText(GROUP, MEMBER, "/ask@" + FakeBotApi.BOT_USERNAME + " Who issued an arrest warrant for Putin?"));

        // then only the two commands for this bot were answered, in order
        var replies = running.awaitMessages(GROUP, 2);
        assertThat(replies.get(0).text()).contains("The articles I answer from (2)");
        assertThat(replies.get(1).text()).contains("International Criminal Court");
        assertThat(running.api.messagesTo(GROUP)).hasSize(2);
    }

    @Test
    void should_answer_an_anonymous_admin_like_a_member_but_refuse_admin_commands_saying_why() {
        // when an admin writing as the group asks a question, then asks for a reload
        running.push(Updates.anonymousAdminText(GROUP, "/ask How many children were returned?"));
        running.push(Updates.anonymousAdminText(GROUP, "/reload@" + FakeBotApi.BOT_USERNAME));

        // then
        var replies = running.awaitMessages(GROUP, 2);
        assertThat(replies.get(0).text()).containsIgnoringCase("eight children");
        assertThat(replies.get(1).text()).isEqualTo("Sorry, /reload needs an administrator of this bot writing as"
                + " themselves: anonymous group admins all look the same to me. Send it in a private chat with me,"
                + " or turn off \"Remain anonymous\" first.");
    }

    @Test
    void should_ignore_other_bots_in_a_group() {
        // given a message from another bot, not on behalf of the group
        var update = Updates.groupText(GROUP, 3003, "/sources");
        ((com.fasterxml.jackson.databind.node.ObjectNode) update.get("message").get("from")).put("is_bot", true);

        // when
        running.push(update);
        running.push(Updates.groupText(GROUP, MEMBER, "/ask Who issued an arrest warrant for Putin?"));

        // then only the member was answered
        var replies = running.awaitMessages(GROUP, 1);
        assertThat(replies.get(0).text()).contains("International Criminal Court");
        assertThat(running.api.messagesTo(GROUP)).hasSize(1);
    }

    @Test
    void should_answer_a_mention_and_a_reply_to_its_message() {
        // when
        running.push(Updates.groupText(GROUP, MEMBER, MENTION + " how many children were returned?"));
        FakeBotApi.Sent first = running.awaitMessages(GROUP, 1).get(0);
        running.push(Updates.groupReplyToBot(GROUP, MEMBER, "how many of them went back to Ukraine?", first.messageId()));

        // then
        FakeBotApi.Sent second = running.awaitMessages(GROUP, 2).get(1);
        assertThat(first.text()).containsIgnoringCase("eight children");
        assertThat(second.text()).contains("Seven of them were returned to Ukraine");
    }

    @Test
    void should_stay_silent_on_group_chatter_not_addressed_to_it() {
        // when chatter, an unknown bare command and a reply to someone else, then an addressed question
        running.push(Updates.groupText(GROUP, MEMBER, "How many children were returned?"));
        running.push(Updates.groupText(GROUP, MEMBER, "/weather"));
        running.push(Updates.groupReplyToBot(GROUP, MEMBER, "thanks", 1).deepCopy());
        running.push(Updates.groupText(GROUP, MEMBER, "/ask Who issued an arrest warrant for Putin?"));

        // then only the reply to the bot and the addressed question were answered
        var replies = running.awaitMessages(GROUP, 2);
        assertThat(replies.get(1).text()).contains("International Criminal Court");
        assertThat(running.api.messagesTo(GROUP)).hasSize(2)
                .noneSatisfy(reply -> assertThat(reply.text()).containsIgnoringCase("eight children"));
    }

    @Test
    void should_tell_the_group_about_an_unknown_command_addressed_to_it() {
        // when
        running.push(Updates.groupText(GROUP, MEMBER, "/weather@" + FakeBotApi.BOT_USERNAME));

        // then
        assertThat(running.awaitMessages(GROUP, 1).get(0).text()).contains("I don't know the command /weather");
    }
}
