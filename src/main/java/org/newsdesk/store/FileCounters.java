package org.newsdesk.store;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** The counters in memory, saved as one small JSON document by {@link FileStore}. */
final class FileCounters implements Counters {

    /** The saved form. */
    record Saved(Instant since, Map<String, Long> counters) {
    }

    private final Instant since;
    private final Map<String, Long> counters;
    private boolean changed;

    FileCounters(Saved saved) {
        this.since = saved.since();
        this.counters = new TreeMap<>(saved.counters() == null ? Map.of() : saved.counters());
    }

    /** Counting from now; nothing is written until something is counted. */
    static FileCounters fresh(Instant now) {
        return new FileCounters(new Saved(now, Map.of()));
    }

    @Override
    public synchronized void increment(String name) {
        counters.merge(name, 1L, Long::sum);
        changed = true;
    }

    @Override
    public synchronized long get(String name) {
        return counters.getOrDefault(name, 0L);
    }

    @Override
    public Instant since() {
        return since;
    }

    /** What to save, or null when nothing changed since the last call. */
    synchronized Saved takeChanges() {
        if (!changed) {
            return null;
        }
        changed = false;
        return new Saved(since, Map.copyOf(counters));
    }

    synchronized void changedAgain() {
        changed = true;
    }
}
