package org.newsdesk.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chat memory: conversations in the store the composition root chose (files under the data folder, or
 * PostgreSQL), except those whose id starts with {@link #UNSAVED} (one-off questions), which live only
 * in this process for as long as their question.
 */
final class ConversationStore implements ChatMemoryStore {

    /** Prefix of conversations that live only as long as one question (one-off questions). */
    static final String UNSAVED = "unsaved:";

    private final ChatMemoryStore saved;
    private final Map<String, List<ChatMessage>> unsaved = new ConcurrentHashMap<>();

    ConversationStore(ChatMemoryStore saved) {
        this.saved = saved;
    }

    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        String id = memoryId.toString();
        return id.startsWith(UNSAVED) ? new ArrayList<>(unsaved.getOrDefault(id, List.of())) : saved.getMessages(id);
    }

    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        String id = memoryId.toString();
        if (id.startsWith(UNSAVED)) {
            unsaved.put(id, List.copyOf(messages));
        } else {
            saved.updateMessages(id, messages);
        }
    }

    @Override
    public void deleteMessages(Object memoryId) {
        String id = memoryId.toString();
        if (id.startsWith(UNSAVED)) {
            unsaved.remove(id);
        } else {
            saved.deleteMessages(id);
        }
    }
}
