package org.newsdesk.telegram.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * What an update is ordered by in the queue, read from its JSON without parsing the rest: the chat of a
 * message (or an edit, a member change), else the sender (an inline query, a button press). The key of a
 * message's chat is the chat id itself, as the adapter names conversations.
 */
final class UpdateKeys {

    static final String OTHER = "other";

    private UpdateKeys() {
    }

    static String of(JsonNode update) {
        Iterator<Map.Entry<String, JsonNode>> fields = update.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode content = field.getValue();
            if (!content.isObject()) {
                continue;
            }
            JsonNode chat = content.path("chat").path("id");
            if (chat.isIntegralNumber()) {
                return chat.asText();
            }
            JsonNode message = content.path("message").path("chat").path("id");
            if (message.isIntegralNumber()) {
                return message.asText(); // a button under a message: in that chat's order
            }
            JsonNode sender = content.path("from").path("id");
            if (sender.isIntegralNumber()) {
                return field.getKey() + ":" + sender.asText();
            }
        }
        return OTHER;
    }
}
