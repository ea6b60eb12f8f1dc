package org.newsdesk.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One indexer at a time per data folder, across processes: a second process started on the same
 * folder waits while the first embeds, then finds its work in the cache instead of doing it again.
 * The lock is the operating system's lock on {@code index.lock} ({@link FileChannel#lock()}), released
 * when the process ends however it ends; within one JVM, where such locks do not exclude each other,
 * a lock per folder does the same.
 */
final class IndexLock {

    static final String FILE = "index.lock";

    private static final Logger LOG = LoggerFactory.getLogger(IndexLock.class);
    private static final Map<Path, ReentrantLock> IN_THIS_PROCESS = new ConcurrentHashMap<>();

    private final Path file;

    IndexLock(Path dataFolder) {
        this.file = dataFolder.resolve(FILE).toAbsolutePath().normalize();
    }

    /** Runs {@code work} holding the lock, waiting for another process that holds it. */
    <T> T holding(Supplier<T> work) {
        ReentrantLock local = IN_THIS_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(Files.createDirectories(file.getParent()).resolve(FILE),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            acquire(channel);
        } catch (IOException e) {
            LOG.warn("Cannot lock the data folder ({}); indexing without coordinating with other processes",
                    e.toString());
        }
        try {
            return work.get();
        } finally {
            close(channel);
            local.unlock();
        }
    }

    private void acquire(FileChannel channel) throws IOException {
        if (channel.tryLock() == null) {
            LOG.info("Another Newsdesk process is indexing into {}; waiting for it to finish", file.getParent());
            channel.lock();
        }
    }

    /** Closing the channel releases its lock. */
    private void close(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("Closing {}: {}", file, e.toString());
        }
    }
}
