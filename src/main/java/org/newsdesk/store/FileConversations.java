package org.newsdesk.store;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsdesk.logging.ChatTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conversation memory as one JSON file per conversation under {@code DATA/conversations/}, so a restart
 * keeps conversations. This process is the only writer, so what it read stays cached. Files are replaced
 * atomically; a file that cannot be written is logged and the conversation goes on from memory.
 */
public final class FileConversations implements ChatMemoryStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileConversations.class);

    static final String FOLDER = "conversations";

    private final Path folder;
    private final Map<String, List<ChatMessage>> cache = new ConcurrentHashMap<>();

    public FileConversations(Path folder) {
        this.folder = folder;
    }

    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        return new ArrayList<>(cache.computeIfAbsent(memoryId.toString(), this::read));
    }

    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        String id = memoryId.toString();
        cache.put(id, List.copyOf(messages));
        try {
            AtomicFile.write(file(id), ChatMessageSerializer.messagesToJson(messages).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("Could not save the conversation of {}: {}", ChatTag.of(id), e.getClass().getSimpleName());
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
        if (!Files.isRegularFile(file)) {
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

    /** Readable names for the usual ids (Telegram chat ids); anything else is encoded to be a safe name. */
    private Path file(String id) {
        String name = id.matches("[A-Za-z0-9_-]{1,100}") ? id
                : "b64-" + Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
        return folder.resolve(name + ".json");
    }
}
