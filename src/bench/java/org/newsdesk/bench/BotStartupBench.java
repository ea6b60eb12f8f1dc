package org.newsdesk.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * The bot in a new JVM on the seed knowledge, against {@link LocalBotApi}: time from starting the JVM
 * to its first poll for updates (ready) and to its reply to a message waiting from the start, on a
 * cold and on a warm index, and its resident memory once idle.
 */
record BotStartupBench(SeedStartup seed, Report report) {

    private static final long READER = 4242;
    private static final long IDLE_MILLIS = 3_000;
    private static final long READY_TARGET_MS = 2_500;
    private static final long IDLE_RSS_TARGET_MB = 300;

    /**
     * One run.
     *
     * @param readyMs       JVM start to the first poll for updates
     * @param firstAnswerMs JVM start to the reply to the waiting message
     * @param idleRssKb     resident set size after idling a few seconds
     * @param peakRssKb     peak resident set size by then
     */
    record Run(double readyMs, double firstAnswerMs, long idleRssKb, long peakRssKb) {
    }

    void run(BenchPlan plan, List<ChildJvm> jvms) throws IOException, InterruptedException {
        List<List<String>> rows = new ArrayList<>();
        double warmReady = Double.MAX_VALUE;
        double idleRss = Double.MAX_VALUE;
        for (ChildJvm jvm : jvms) {
            SeedStartup.ColdAndWarm<Run> runs = seed.coldAndWarm("bot", jvms.indexOf(jvm), plan.processRuns(),
                    data -> start(jvm, data));
            rows.add(row(jvm, "cold", runs.cold()));
            rows.add(row(jvm, "warm", runs.warm()));
            warmReady = Math.min(warmReady, Latencies.median(runs.warm(), Run::readyMs));
            idleRss = Math.min(idleRss, Latencies.median(runs.warm(), run -> run.idleRssKb() / 1024.0));
        }
        report.section("Bot start-up and memory on the seed knowledge (new JVM each run, local fake Bot API)");
        report.table(List.of("JVM", "index", "JVM start to polling ms", "JVM start to first answer ms",
                "idle RSS MB", "peak RSS MB"), rows);
        report.note(String.format("Medians of %d run(s). Targets: ready <= %,d ms with a warm index (best: %s, %s);"
                        + " idle RSS <= %d MB (best: %.0f MB, %s).", plan.processRuns(), READY_TARGET_MS,
                Report.ms(warmReady), warmReady <= READY_TARGET_MS ? "met" : "MISSED", IDLE_RSS_TARGET_MB, idleRss,
                idleRss <= IDLE_RSS_TARGET_MB ? "met" : "MISSED"));
    }

    private static List<String> row(ChildJvm jvm, String index, List<Run> runs) {
        return List.of(jvm.name(), index, Report.ms(Latencies.median(runs, Run::readyMs)),
                Report.ms(Latencies.median(runs, Run::firstAnswerMs)),
                String.format("%.0f", Latencies.median(runs, run -> run.idleRssKb() / 1024.0)),
                String.format("%.0f", Latencies.median(runs, run -> run.peakRssKb() / 1024.0)));
    }

    private Map<String, String> bot(LocalBotApi api) {
        Map<String, String> bot = new HashMap<>(seed.environment());
        bot.put("TELEGRAM_BOT_TOKEN", "bench-token");
        bot.put("TELEGRAM_API_URL", api.url());
        return bot;
    }

    private Run start(ChildJvm jvm, Path data) throws IOException, InterruptedException {
        try (LocalBotApi api = new LocalBotApi()) {
            api.ask(READER, SeedStartup.QUESTION);
            long started = System.nanoTime();
            Process process = jvm.start(seed.arguments(data, "telegram"), bot(api));
            try {
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                if (!api.awaitPolling(deadline) || !api.awaitReplies(1, deadline)) {
                    throw new IOException("the bot did not poll and reply within two minutes (alive: "
                            + process.isAlive() + ")");
                }
                Thread.sleep(IDLE_MILLIS);
                OptionalLong idle = Memory.residentKb(process.pid());
                OptionalLong peak = Memory.peakResidentKb(process.pid());
                return new Run((api.firstPollNanos() - started) / 1e6, (api.firstReplyNanos(READER) - started) / 1e6,
                        idle.orElse(-1), peak.orElse(-1));
            } finally {
                process.destroy();
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }
}
