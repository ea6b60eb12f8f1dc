package org.newsdesk.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.newsdesk.index.ReloadReport;
import org.newsdesk.stats.Percentiles;
import org.newsdesk.store.Store;
import org.newsdesk.store.UnansweredQuestion;

/**
 * What the bot has done, for {@code /stats} and {@code /unanswered}: the counts and the unanswered
 * questions live in the {@link Store}, so they survive restarts; answer times, uptime and the latest reload
 * are of this run. Thread-safe.
 */
final class BotStats {

    /** Latencies of the latest answers; percentiles over these follow current behaviour. */
    static final int LATENCY_WINDOW = 1000;
    static final String QUESTIONS = "questions";
    static final String UNANSWERED = "unanswered";

    /** The latest reload: when, and what it did. */
    record Reload(Instant at, ReloadReport report) {
    }

    private final Instant started;
    private final Store store;
    private final long[] latencies = new long[LATENCY_WINDOW];
    private int recorded;
    private Reload lastReload;

    BotStats(Instant started, Store store) {
        this.started = started;
        this.store = store;
    }

    /** Records an answer; an unanswered question is kept by its text alone, never with who asked. */
    void answered(String question, boolean answerable, long millis, Instant at) {
        synchronized (this) {
            latencies[recorded++ % LATENCY_WINDOW] = millis;
        }
        store.counters().increment(QUESTIONS);
        if (!answerable) {
            store.counters().increment(UNANSWERED);
            store.unanswered().record(question, at);
        }
    }

    synchronized void reloaded(ReloadReport report, Instant at) {
        lastReload = new Reload(at, report);
    }

    long questions() {
        return store.counters().get(QUESTIONS);
    }

    long unanswered() {
        return store.counters().get(UNANSWERED);
    }

    /** Since when the questions are counted (the first run on this data folder). */
    Instant countedSince() {
        return store.counters().since();
    }

    /** Most asked first. */
    List<UnansweredQuestion> unansweredQuestions() {
        return store.unanswered().mostAsked();
    }

    synchronized Reload lastReload() {
        return lastReload;
    }

    Duration uptime(Instant now) {
        return Duration.between(started, now);
    }

    /** The latency in milliseconds below which the given share of recent answers fall (nearest rank), or -1. */
    synchronized long percentile(double share) {
        int count = Math.min(recorded, LATENCY_WINDOW);
        return count == 0 ? -1 : Percentiles.of(Arrays.copyOf(latencies, count)).at(share);
    }
}
