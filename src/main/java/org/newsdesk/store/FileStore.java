package org.newsdesk.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store of one process, as files under the data folder: updates waiting to be answered under
 * {@code DATA/updates/} ({@link FileUpdateQueue}), conversations under {@code DATA/conversations/}, follow-up
 * context in memory, and under {@code DATA/editors/} {@code counters.json}, {@code unanswered.json} and
 * {@code feedback.json} (the answers readers can rate, their ratings, and the key of the hashes it keeps), kept in
 * memory and written when they changed, every {@link #FLUSH_EVERY} and on {@link #close()} (which the bot
 * calls on SIGTERM), each replaced atomically so a crash leaves the previous complete file. One process
 * writes a data folder at a time; others (such as {@code newsdesk unanswered}) may read it.
 */
public final class FileStore implements Store {

    private static final Logger LOG = LoggerFactory.getLogger(FileStore.class);

    /** Distinct unanswered questions kept: months of a busy bot's misses, about 5 MB at the longest questions. */
    public static final int UNANSWERED_KEPT = 10_000;
    /** At most this much counting is lost to a crash (SIGKILL, power); SIGTERM loses nothing. */
    static final Duration FLUSH_EVERY = Duration.ofSeconds(30);
    static final String FOLDER = "editors";
    static final String FEEDBACK_FILE = "feedback.json";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path countersFile;
    private final Path unansweredFile;
    private final FileCounters counters;
    private final FileUnansweredLog unanswered;
    private final Path feedbackFile;
    private final FileFeedbackLog feedback;
    private final ScheduledExecutorService flusher;
    private final StoreParts parts;

    private FileStore(Path dataFolder, Path folder, FileCounters counters, FileUnansweredLog unanswered,
            FileFeedbackLog feedback) {
        this.countersFile = folder.resolve("counters.json");
        this.unansweredFile = folder.resolve("unanswered.json");
        this.feedbackFile = folder.resolve(FEEDBACK_FILE);
        this.counters = counters;
        this.unanswered = unanswered;
        this.feedback = feedback;
        this.parts = new StoreParts(counters, unanswered, feedback, FileUpdateQueue.open(dataFolder),
                new FileConversations(dataFolder.resolve(FileConversations.FOLDER)), new MemoryFollowUps(),
                new MemoryRateLimits(), new MemoryPacing(System::nanoTime), Broadcasts.alone(), Leadership.alone());
        this.flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "store-flush");
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(this::flush, FLUSH_EVERY.toMillis(), FLUSH_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** The store of a data folder, with what earlier runs saved there. */
    public static FileStore open(Path dataFolder, Clock clock) {
        Path folder = dataFolder.resolve(FOLDER);
        FileCounters.Saved counted = read(folder.resolve("counters.json"), new TypeReference<>() { });
        List<UnansweredQuestion> questions = read(folder.resolve("unanswered.json"), new TypeReference<>() { });
        FileFeedbackLog.Saved rated = read(folder.resolve(FEEDBACK_FILE), new TypeReference<>() { });
        return new FileStore(dataFolder, folder,
                counted == null || counted.since() == null ? FileCounters.fresh(clock.instant()) : new FileCounters(counted),
                new FileUnansweredLog(UNANSWERED_KEPT, questions == null ? List.of() : questions),
                new FileFeedbackLog(rated));
    }

    /**
     * Conversations under {@code DATA/conversations/}, one file per conversation; follow-ups and rate limits in
     * memory (one process counts alone, and a restart starts afresh); a broadcast reaches this process only.
     */
    @Override
    public StoreParts parts() {
        return parts;
    }

    @Override
    public synchronized void flush() {
        FileCounters.Saved counted = counters.takeChanges();
        if (counted != null && !write(countersFile, counted)) {
            counters.changedAgain();
        }
        List<UnansweredQuestion> questions = unanswered.takeChanges();
        if (questions != null && !write(unansweredFile, questions)) {
            unanswered.changedAgain();
        }
        FileFeedbackLog.Saved rated = feedback.takeChanges();
        if (rated != null && !write(feedbackFile, rated)) {
            feedback.changedAgain();
        }
    }

    @Override
    public void close() {
        parts.leadership().close();
        parts.broadcasts().close();
        flusher.shutdownNow();
        flush();
    }

    private static boolean write(Path file, Object value) {
        try {
            AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
            return true;
        } catch (IOException e) {
            LOG.warn("Could not save {}; trying again later: {}", file, e.toString());
            return false;
        }
    }

    /** The saved value, or null when there is none; a file that cannot be read is set aside, not lost. */
    private static <T> T read(Path file, TypeReference<T> type) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return JSON.readValue(file.toFile(), type);
        } catch (IOException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
            LOG.warn("Could not read {} ({}); moved it to {} and starting afresh", file, e.getClass().getSimpleName(),
                    aside.getFileName());
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("Could not move {} aside: {}", file, moveFailed.toString());
            }
            return null;
        }
    }
}
