package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsdesk.testsupport.telegram.FakeBotApi;
import org.newsdesk.testsupport.telegram.Updates;
import org.telegram.telegrambots.meta.api.objects.Update;

class AddressingTest {

    private static final long GROUP = -100_5;
    private final Addressing addressing = new Addressing(new BotIdentity(FakeBotApi.BOT_ID, FakeBotApi.BOT_USERNAME));

    @Test
    void should_take_any_private_text_as_a_question_and_slash_text_as_a_command() {
        assertThat(read(Updates.privateText(1, "  who?  "))).contains(new Request.Ask("who?"));
        assertThat(read(Updates.privateText(1, "/ask who?"))).contains(new Request.Run(BotCommandName.ASK, "who?"));
        assertThat(read(Updates.privateText(1, "/FACTS"))).contains(new Request.Run(BotCommandName.FACTS, ""));
        assertThat(read(Updates.privateText(1, "/nope"))).contains(new Request.Unknown("nope"));
    }

    @Test
    void should_ignore_a_command_for_another_bot_anywhere() {
        assertThat(read(Updates.privateText(1, "/help@other_bot"))).isEmpty();
        assertThat(read(Updates.groupText(GROUP, 1, "/help@other_bot"))).isEmpty();
    }

    @Test
    void should_read_commands_mentions_and_replies_in_a_group_and_nothing_else() {
        assertThat(read(Updates.groupText(GROUP, 1, "/help@" + FakeBotApi.BOT_USERNAME)))
                .contains(new Request.Run(BotCommandName.HELP, ""));
        assertThat(read(Updates.groupText(GROUP, 1, "/ask who?"))).contains(new Request.Run(BotCommandName.ASK, "who?"));
        assertThat(read(Updates.groupText(GROUP, 1, "hey @" + FakeBotApi.BOT_USERNAME.toUpperCase() + " who?")))
                .contains(new Request.Ask("hey who?"));
        assertThat(read(Updates.groupReplyToBot(GROUP, 1, "and then?", 5))).contains(new Request.Ask("and then?"));
        assertThat(read(Updates.groupText(GROUP, 1, "who?"))).isEmpty();
        assertThat(read(Updates.groupText(GROUP, 1, "/weather"))).isEmpty();
        assertThat(read(Updates.groupText(GROUP, 1, "mail me at x@" + FakeBotApi.BOT_USERNAME + "s.org"))).isEmpty();
    }

    @Test
    void should_hint_at_text_for_a_sticker_in_private_but_not_for_one_in_a_group() {
        assertThat(read(Updates.privateSticker(1))).contains(new Request.NotText());
        ObjectNode groupSticker = Updates.privateSticker(1);
        ((ObjectNode) groupSticker.at("/message/chat")).put("id", GROUP).put("type", "group");
        assertThat(read(groupSticker)).isEmpty();
    }

    @Test
    void should_ignore_messages_from_bots_and_its_own_inline_results() {
        ObjectNode fromBot = Updates.privateText(1, "hello");
        ((ObjectNode) fromBot.at("/message/from")).put("is_bot", true);
        ObjectNode viaThisBot = Updates.privateText(1, "an answer posted inline");
        ((ObjectNode) viaThisBot.get("message")).putObject("via_bot").put("id", FakeBotApi.BOT_ID).put("is_bot", true)
                .put("first_name", "Newsdesk");

        assertThat(read(fromBot)).isEmpty();
        assertThat(read(viaThisBot)).isEmpty();
    }

    private Optional<Request> read(ObjectNode update) {
        return addressing.read(new ObjectMapper().convertValue(update, Update.class).getMessage());
    }
}
