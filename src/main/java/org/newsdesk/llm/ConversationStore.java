package org.newsdesk.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsdesk.logging.ChatTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chat memory kept as one JSON file per conversation, so a restart keeps conversations. Files are
 * replaced atomically; a file that cannot be written is logged and the conversation goes on from
 * memory. Conversations whose id starts with {@link #UNSAVED} are never written.
 */
final class ConversationStore implements ChatMemoryStore {

    private static final Logger LOG = LoggerFactory.getLogger(ConversationStore.class);

    /** Prefix of conversations that live only as long as one question (one-off questions). */
    static final String UNSAVED = "unsaved:";

    private final Path folder;
    private final Map<String, List<ChatMessage>> cache = new ConcurrentHashMap<>();

    ConversationStore(Path folder) {
        this.folder = folder;
    }

    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        String id = memoryId.toString();
        return new ArrayList<>(cache.computeIfAbsent(id, this::read));
    }

    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        String id = memoryId.toString();
        cache.put(id, List.copyOf(messages));
        if (!id.startsWith(UNSAVED)) {
            write(id, messages);
        }
    }

    @Override
    public void deleteMessages(Object memoryId) {
        String id = memoryId.toString();
        cache.remove(id);
        try {
            Files.deleteIfExists(file(id));
        } catch (IOException e) {
            LOG.warn("Could not delete the conversation of {}: {}", ChatTag.of(id), e.getClass().getSimpleName());
        }
    }

    private List<ChatMessage> read(String id) {
        Path file = file(id);
        if (id.startsWith(UNSAVED) || !Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return List.copyOf(ChatMessageDeserializer.messagesFromJson(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read the conversation of {}, starting it afresh: {}", ChatTag.of(id),
                    e.getClass().getSimpleName());
            return List.of();
        }
    }

    private void write(String id, List<ChatMessage> messages) {
        Path file = file(id);
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".conversation", ".tmp");
            Files.writeString(temporary, ChatMessageSerializer.messagesToJson(messages), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save the conversation of {}: {}", ChatTag.of(id), e.getClass().getSimpleName());
        }
    }

    /** Readable names for the usual ids (Telegram chat ids); anything else is encoded to be a safe name. */
    private Path file(String id) {
        String name = id.matches("[A-Za-z0-9_-]{1,100}") ? id
                : "b64-" + Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
        return folder.resolve(name + ".json");
    }
}
