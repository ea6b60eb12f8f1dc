package org.newsdesk.store.postgres;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Conversation memory as one row per conversation (LangChain4j's JSON of its messages), read fresh each time. */
record PgConversations(Database database) implements ChatMemoryStore {

    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        String json = database.inTransaction("reading a conversation", connection -> {
            try (var statement = connection.prepareStatement("SELECT messages FROM conversations WHERE memory_id = ?")) {
                statement.setString(1, memoryId.toString());
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        });
        return json == null ? new ArrayList<>() : new ArrayList<>(ChatMessageDeserializer.messagesFromJson(json));
    }

    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        database.update("saving a conversation", "INSERT INTO conversations (memory_id, messages) VALUES (?, ?)"
                        + " ON CONFLICT (memory_id) DO UPDATE SET messages = excluded.messages, updated_at = clock_timestamp()",
                memoryId.toString(), ChatMessageSerializer.messagesToJson(messages));
    }

    @Override
    public void deleteMessages(Object memoryId) {
        database.update("forgetting a conversation", "DELETE FROM conversations WHERE memory_id = ?", memoryId.toString());
    }
}
