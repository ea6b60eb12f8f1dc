package org.newsdesk.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.newsdesk.index.ReloadReport;
import org.newsdesk.stats.Percentiles;

/** What the bot has done since it started, for {@code /stats} and {@code /unanswered}. Thread-safe. */
final class BotStats {

    /** Latencies of the latest answers; percentiles over these follow current behaviour. */
    static final int LATENCY_WINDOW = 1000;
    static final int UNANSWERED_KEPT = 20;

    /** A question the articles could not answer. */
    record Unanswered(String question, Instant asked) {
    }

    /** The latest reload: when, and what it did. */
    record Reload(Instant at, ReloadReport report) {
    }

    private final Instant started;
    private long questions;
    private long unanswered;
    private final long[] latencies = new long[LATENCY_WINDOW];
    private int recorded;
    private final Deque<Unanswered> latestUnanswered = new ArrayDeque<>();
    private Reload lastReload;

    BotStats(Instant started) {
        this.started = started;
    }

    synchronized void answered(String question, boolean answerable, long millis, Instant at) {
        questions++;
        latencies[recorded++ % LATENCY_WINDOW] = millis;
        if (!answerable) {
            unanswered++;
            latestUnanswered.addFirst(new Unanswered(question, at));
            if (latestUnanswered.size() > UNANSWERED_KEPT) {
                latestUnanswered.removeLast();
            }
        }
    }

    synchronized void reloaded(ReloadReport report, Instant at) {
        lastReload = new Reload(at, report);
    }

    synchronized long questions() {
        return questions;
    }

    synchronized long unanswered() {
        return unanswered;
    }

    /** Latest first. */
    synchronized List<Unanswered> latestUnanswered() {
        return List.copyOf(latestUnanswered);
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
