package org.newsdesk.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.ChatMemoryProvider;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.newsdesk.answer.Question;

/**
 * Each conversation's memory: the recent questions and the answers the reader was shown. The AI
 * service reads it through {@link #get}; after each question the turn is recorded as the reader saw
 * it (the verified, repaired or fallback answer), replacing whatever the service stored on the way.
 */
final class Conversations implements ChatMemoryProvider {

    /**
     * Messages kept per conversation, the system message included: six questions and their answers are
     * enough for follow-ups, and keep the rewrite prompt short.
     */
    static final int MESSAGES_KEPT = 13;

    private final ConversationStore store;

    Conversations(ConversationStore store) {
        this.store = store;
    }

    @Override
    public ChatMemory get(Object memoryId) {
        return MessageWindowChatMemory.builder().id(memoryId).chatMemoryStore(store).maxMessages(MESSAGES_KEPT)
                .alwaysKeepSystemMessageFirst(true).build();
    }

    /** The memory id for a question: its conversation, or a fresh unsaved one for a one-off question. */
    static String memoryId(Question question) {
        return question.conversation().isBlank() ? ConversationStore.UNSAVED + UUID.randomUUID()
                : question.conversation();
    }

    List<ChatMessage> history(String memoryId) {
        return store.getMessages(memoryId);
    }

    /** Sets the memory to what it was before the question, plus the question and the answer shown. */
    void record(String memoryId, List<ChatMessage> before, String question, String answerShown) {
        List<ChatMessage> messages = new ArrayList<>(before);
        messages.add(UserMessage.from(question));
        messages.add(AiMessage.from(answerShown));
        get(memoryId).set(messages);
    }

    void forget(String memoryId) {
        store.deleteMessages(memoryId);
    }
}
