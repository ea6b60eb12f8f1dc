package org.newsdesk.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The update queue of a single process, as one file per update under {@code DATA/updates/}: {@code ID.json}
 * is written atomically (and synced) before Telegram is told the update arrived, renamed {@code ID.done}
 * once it is answered, and removed when Telegram has confirmed it. On start, every {@code .json} left is
 * waiting again, so a stop (SIGTERM, or a crash) loses nothing; the {@code .done} markers keep an update
 * that Telegram sends again from being answered twice. Claims need no lease: this process is the only one.
 */
final class FileUpdateQueue implements UpdateQueue {

    private static final Logger LOG = LoggerFactory.getLogger(FileUpdateQueue.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String FOLDER = "updates";
    private static final String WAITING = ".json";
    private static final String DONE = ".done";
    private static final Duration MARKER_LIFETIME = Duration.ofHours(24);

    /** The saved form of a waiting update. */
    record Saved(long id, String chat, String json) {
    }

    private final Path folder;
    /** Waiting updates of each chat, oldest first. Guarded by {@code this}. */
    private final Map<String, Deque<Saved>> chats = new HashMap<>();
    /** Chats whose oldest update is claimed. */
    private final Set<String> busy = new HashSet<>();
    /** Ids answered and not yet confirmed to Telegram. */
    private final TreeSet<Long> done = new TreeSet<>();
    private final Set<Long> waiting = new HashSet<>();
    private final Map<Long, Integer> attempts = new HashMap<>();

    private FileUpdateQueue(Path folder) {
        this.folder = folder;
    }

    static FileUpdateQueue open(Path dataFolder) {
        FileUpdateQueue queue = new FileUpdateQueue(dataFolder.resolve(FOLDER));
        queue.load();
        return queue;
    }

    private void load() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Saved> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(DONE)) {
                    if (isStale(file)) {
                        Files.deleteIfExists(file);
                    } else {
                        id(name, DONE).ifPresent(done::add);
                    }
                } else if (name.endsWith(WAITING) && !name.startsWith(".")) {
                    read(file).ifPresent(found::add);
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the stored updates in " + folder + ": " + e.getMessage(), e);
        }
        found.stream().sorted(Comparator.comparingLong(Saved::id)).forEach(this::enqueue);
        if (!found.isEmpty()) {
            LOG.info("{} update(s) stored before the last stop are waiting to be answered", found.size());
        }
    }

    /**
     * A marker older than Telegram keeps an unconfirmed update (24 hours) guards nothing, and must not stay:
     * after a week without updates Telegram numbers the next one from a random id, which may be an old one.
     */
    private static boolean isStale(Path marker) throws IOException {
        return Files.getLastModifiedTime(marker).toInstant().isBefore(Instant.now().minus(MARKER_LIFETIME));
    }

    private static Optional<Long> id(String name, String suffix) {
        try {
            return Optional.of(Long.parseLong(name.substring(0, name.length() - suffix.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<Saved> read(Path file) {
        try {
            return Optional.of(JSON.readValue(file.toFile(), Saved.class));
        } catch (IOException e) {
            LOG.warn("A stored update could not be read ({}); it is set aside as {}.unreadable",
                    e.getClass().getSimpleName(), file.getFileName());
            try {
                Files.move(file, file.resolveSibling(file.getFileName() + ".unreadable"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("Could not set aside {}: {}", file.getFileName(), moveFailed.getClass().getSimpleName());
            }
            return Optional.empty();
        }
    }

    private void enqueue(Saved update) {
        chats.computeIfAbsent(update.chat(), chat -> new ArrayDeque<>()).addLast(update);
        waiting.add(update.id());
    }

    @Override
    public synchronized void store(List<Received> updates) {
        for (Received update : updates) {
            if (waiting.contains(update.id()) || done.contains(update.id())) {
                continue;
            }
            Saved saved = new Saved(update.id(), update.chat(), update.json());
            try {
                AtomicFile.write(folder.resolve(update.id() + WAITING), JSON.writeValueAsBytes(saved));
            } catch (IOException e) {
                throw new StoreException("cannot store an update under " + folder + ": " + e.getMessage(), e);
            }
            enqueue(saved);
        }
    }

    @Override
    public synchronized List<Claim> claim(int max) {
        List<Saved> oldest = new ArrayList<>();
        for (Map.Entry<String, Deque<Saved>> chat : chats.entrySet()) {
            if (!busy.contains(chat.getKey()) && !chat.getValue().isEmpty()) {
                oldest.add(chat.getValue().peekFirst());
            }
        }
        oldest.sort(Comparator.comparingLong(Saved::id));
        List<Claim> claims = new ArrayList<>();
        for (Saved update : oldest.subList(0, Math.min(max, oldest.size()))) {
            busy.add(update.chat());
            int attempt = attempts.merge(update.id(), 1, Integer::sum);
            claims.add(new Claim(update.id(), update.chat(), update.json(), attempt));
        }
        return claims;
    }

    @Override
    public void renew(Collection<Long> ids) {
        // one process: a claim lasts until it is done or released
    }

    @Override
    public synchronized void done(long id) {
        Saved update = remove(id);
        if (update == null) {
            return;
        }
        done.add(id);
        try {
            Files.move(folder.resolve(id + WAITING), folder.resolve(id + DONE), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("Could not mark update {} answered: {}", id, e.getClass().getSimpleName());
        }
    }

    @Override
    public synchronized void release(long id) {
        for (Deque<Saved> updates : chats.values()) {
            Saved head = updates.peekFirst();
            if (head != null && head.id() == id) {
                busy.remove(head.chat());
                attempts.merge(id, -1, Integer::sum); // a claim given back sent nothing
                return;
            }
        }
    }

    private Saved remove(long id) {
        for (Map.Entry<String, Deque<Saved>> chat : chats.entrySet()) {
            Saved head = chat.getValue().peekFirst();
            if (head != null && head.id() == id) {
                chat.getValue().pollFirst();
                busy.remove(chat.getKey());
                if (chat.getValue().isEmpty()) {
                    chats.remove(chat.getKey());
                }
                waiting.remove(id);
                attempts.remove(id);
                return head;
            }
        }
        return null;
    }

    @Override
    public synchronized int waiting() {
        return waiting.size();
    }

    @Override
    public synchronized void confirmedBelow(long id) {
        while (!done.isEmpty() && done.first() < id) {
            long confirmed = done.pollFirst();
            try {
                Files.deleteIfExists(folder.resolve(confirmed + DONE));
            } catch (IOException e) {
                LOG.debug("Could not remove the marker of update {}: {}", confirmed, e.toString());
            }
        }
    }
}
