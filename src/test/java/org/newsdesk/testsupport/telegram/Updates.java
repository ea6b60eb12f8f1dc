package org.newsdesk.testsupport.telegram;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;

/** Updates as Telegram sends them, for the fake Bot API to deliver: messages, edits, inline queries. */
public final class Updates {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** One sequence for the readers' messages and the bot's, as a private chat numbers both in Telegram. */
    private static final AtomicInteger MESSAGE_IDS = new AtomicInteger(100_000);

    private Updates() {
    }

    /** The next message id, for a reader's message or one the fake Bot API sends for the bot. */
    public static int nextMessageId() {
        return MESSAGE_IDS.incrementAndGet();
    }

    /** A text message from a user in their private chat with the bot (the chat id is the user id). */
    public static ObjectNode privateText(long user, String text) {
        return update("message", message(user, user, "private", text));
    }

    /** A text message from a user whose Telegram app is in the language {@code languageCode}. */
    public static ObjectNode privateText(long user, String text, String languageCode) {
        ObjectNode update = privateText(user, text);
        ((ObjectNode) update.get("message").get("from")).put("language_code", languageCode);
        return update;
    }

    /** A text message from a user in a group. */
    public static ObjectNode groupText(long group, long user, String text) {
        return update("message", message(group, user, "supergroup", text));
    }

    /** Telegram's placeholder user for every admin who writes "as the group" (anonymously). */
    public static final long GROUP_ANONYMOUS_BOT = 1_087_968_824L;

    /** A text message an anonymous admin sent as the group: from the placeholder bot, with the group as sender. */
    public static ObjectNode anonymousAdminText(long group, String text) {
        ObjectNode message = message(group, GROUP_ANONYMOUS_BOT, "supergroup", text);
        ObjectNode from = message.putObject("from");
        from.put("id", GROUP_ANONYMOUS_BOT);
        from.put("is_bot", true);
        from.put("first_name", "Group");
        from.put("username", "GroupAnonymousBot");
        message.set("sender_chat", message.get("chat").deepCopy());
        return update("message", message);
    }

    /** A text message in a group that replies to a message the bot sent. */
    public static ObjectNode groupReplyToBot(long group, long user, String text, int botMessageId) {
        ObjectNode message = message(group, user, "supergroup", text);
        ObjectNode original = message.putObject("reply_to_message");
        original.put("message_id", botMessageId);
        original.put("date", 1_760_000_000);
        original.set("chat", message.get("chat").deepCopy());
        original.set("from", bot());
        original.put("text", "an earlier answer");
        return update("message", message);
    }

    /** A sticker (no text) from a user in their private chat. */
    public static ObjectNode privateSticker(long user) {
        ObjectNode message = message(user, user, "private", null);
        ObjectNode sticker = message.putObject("sticker");
        sticker.put("file_id", "sticker-file");
        sticker.put("file_unique_id", "sticker-unique");
        sticker.put("type", "regular");
        sticker.put("width", 512);
        sticker.put("height", 512);
        sticker.put("is_animated", false);
        sticker.put("is_video", false);
        return update("message", message);
    }

    /** A photo (no text) from a user in their private chat. */
    public static ObjectNode privatePhoto(long user) {
        ObjectNode message = message(user, user, "private", null);
        ObjectNode size = message.putArray("photo").addObject();
        size.put("file_id", "photo-file");
        size.put("file_unique_id", "photo-unique");
        size.put("width", 90);
        size.put("height", 90);
        return update("message", message);
    }

    /** An edit of an earlier private message. */
    public static ObjectNode privateEdit(long user, String text) {
        ObjectNode message = message(user, user, "private", text);
        message.put("edit_date", 1_760_000_100);
        return update("edited_message", message);
    }

    /**
     * A press of a button under a message the bot sent: the callback query Telegram sends, with the
     * message as it stands and the data the bot put on the button (or any other, to forge one).
     */
    public static ObjectNode callbackQuery(String id, long user, FakeBotApi.Sent message, String data) {
        ObjectNode callback = NODES.objectNode();
        callback.put("id", id);
        callback.set("from", user(user));
        ObjectNode pressed = callback.putObject("message");
        pressed.put("message_id", message.messageId());
        pressed.put("date", 1_760_000_000);
        ObjectNode chat = pressed.putObject("chat");
        chat.put("id", message.chat());
        chat.put("type", message.chat() == user ? "private" : "supergroup");
        pressed.set("from", bot());
        pressed.put("text", message.text());
        callback.put("chat_instance", "instance-" + message.chat());
        callback.put("data", data);
        return update("callback_query", callback);
    }

    /** "@bot question" typed in some chat. */
    public static ObjectNode inlineQuery(String id, long user, String query) {
        ObjectNode inline = NODES.objectNode();
        inline.put("id", id);
        inline.set("from", user(user));
        inline.put("query", query);
        inline.put("offset", "");
        return update("inline_query", inline);
    }

    private static ObjectNode message(long chat, long user, String type, String text) {
        ObjectNode message = NODES.objectNode();
        message.put("message_id", nextMessageId());
        message.put("date", System.currentTimeMillis() / 1000);
        ObjectNode chatNode = message.putObject("chat");
        chatNode.put("id", chat);
        chatNode.put("type", type);
        if (type.equals("private")) {
            chatNode.put("first_name", "Reader");
        } else {
            chatNode.put("title", "Newsroom");
        }
        message.set("from", user(user));
        if (text != null) {
            message.put("text", text);
            if (text.startsWith("/")) {
                int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
                ObjectNode entity = message.putArray("entities").addObject();
                entity.put("type", "bot_command");
                entity.put("offset", 0);
                entity.put("length", end);
            }
        }
        return message;
    }

    private static ObjectNode user(long id) {
        return user(id, false, "Reader" + id);
    }

    /** The bot as a Telegram User, as messages name it; getMe adds what the bot may do. */
    static ObjectNode bot() {
        return user(FakeBotApi.BOT_ID, true, "Newsdesk").put("username", FakeBotApi.BOT_USERNAME);
    }

    private static ObjectNode user(long id, boolean isBot, String firstName) {
        return NODES.objectNode().put("id", id).put("is_bot", isBot).put("first_name", firstName);
    }

    private static ObjectNode update(String kind, ObjectNode content) {
        ObjectNode update = NODES.objectNode();
        update.set(kind, content);
        return update;
    }
}
