package org.newsdesk.bench;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.newsdesk.observe.Observer;
import org.newsdesk.store.FileStore;
import org.newsdesk.store.Store;
import org.newsdesk.telegram.BotSettings;
import org.newsdesk.telegram.TelegramBot;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Messages end to end through the Telegram adapter, in this process, against {@link LocalBotApi}:
 * the time from a reader's message being available to the bot's reply arriving, one at a time, and
 * the replies per second when many readers write at once.
 */
final class TelegramBench {

    private static final long FIRST_CHAT = 10_000;

    private final Report report;

    TelegramBench(Report report) {
        this.report = report;
    }

    void run(BenchPlan plan, IndexingBench.Loaded loaded) throws Exception {
        int stories = loaded.corpus().stories();
        int next = plan.questions() + plan.warmUp() + ThroughputBench.THREADS.size() * plan.throughputQuestions();
        List<SyntheticNews.Probe> oneByOne = SyntheticNews.probes(next, next + plan.warmUp(), stories);
        List<SyntheticNews.Probe> atOnce = SyntheticNews.probes(next + plan.warmUp(),
                next + plan.warmUp() + plan.throughputQuestions(), stories);
        try (LocalBotApi api = new LocalBotApi()) {
            URI url = URI.create(api.url());
            BotSettings settings = new BotSettings("bench-token",
                    TelegramUrl.builder().schema("http").host(url.getHost()).port(url.getPort()).build(), Set.of());
            Store store = FileStore.open(loaded.desk().dataFolder(), Clock.systemUTC());
            TelegramBot bot = TelegramBot.start(settings, loaded.desk(), loaded.desk().extractive(),
                    loaded.desk().extractiveSummarizer(), loaded.report(), store, Observer.NONE);
            try (store) {
                long[] nanos = new long[oneByOne.size()];
                long chat = FIRST_CHAT;
                for (int i = 0; i < oneByOne.size(); i++, chat++) {
                    long asked = System.nanoTime();
                    api.ask(chat, oneByOne.get(i).text());
                    requireReplies(api, i + 1);
                    nanos[i] = api.firstReplyNanos(chat) - asked;
                }
                long started = System.nanoTime();
                for (SyntheticNews.Probe probe : atOnce) {
                    api.ask(chat++, probe.text());
                }
                requireReplies(api, oneByOne.size() + atOnce.size());
                double perSecond = atOnce.size() / ((System.nanoTime() - started) / 1e9);
                report(Latencies.ofNanos(nanos), perSecond, atOnce.size(), stories);
            } finally {
                bot.close();
            }
        }
    }

    private static void requireReplies(LocalBotApi api, int chats) throws InterruptedException {
        if (!api.awaitReplies(chats, System.nanoTime() + TimeUnit.MINUTES.toNanos(2))) {
            throw new IllegalStateException("the bot did not reply to " + chats + " chats within two minutes");
        }
    }

    private void report(Latencies oneByOne, double perSecond, int readers, int stories) {
        report.section("Telegram end to end, " + String.format("%,d", stories)
                + " articles loaded (local fake Bot API)");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("one message at a time: message to reply, p50 / p95 ms",
                Report.ms(oneByOne.p50()) + " / " + Report.ms(oneByOne.p95())));
        rows.add(List.of(readers + " readers at once: replies per second", String.format("%.1f", perSecond)));
        report.table(List.of("measure", "value"), rows);
        report.note("The adapter paces its sends to Telegram's flood limits (25 messages a second overall, after a"
                + " burst of 3), so with many readers the replies per second are that cap, not the answerer's.");
    }
}
