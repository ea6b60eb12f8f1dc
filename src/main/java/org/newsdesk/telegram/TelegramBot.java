package org.newsdesk.telegram;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.apache.commons.lang3.concurrent.BasicThreadFactory;
import org.newsdesk.config.Redactor;
import org.newsdesk.config.Schema;
import org.newsdesk.desk.Desk;
import org.newsdesk.answer.Answerer;
import org.newsdesk.facts.Summarizer;
import org.newsdesk.index.ReloadReport;
import org.newsdesk.observe.Observer;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.newsdesk.store.Leadership;
import org.newsdesk.store.Pacing;
import org.newsdesk.store.Store;
import org.newsdesk.store.UpdateQueue;
import org.newsdesk.telegram.intake.LongPolling;
import org.newsdesk.telegram.intake.UpdateWorkers;
import org.newsdesk.telegram.intake.WebhookIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The bot, running: wires the adapter's parts, polls for updates and stops cleanly. Every thread it
 * uses is its own and a daemon (the poller, the HTTP dispatchers, the chat workers, the typing timer),
 * and {@link #close()} shuts each down, cancelling the pending long poll, so the process can exit
 * within a few seconds of SIGTERM.
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);

    /** Chats answered at once; answering is mostly waiting on the answerer and on Telegram. */
    static final int WORKERS = 4;
    /** How long running answers get to finish when the bot stops, before they are interrupted. */
    static final long STOP_GRACE_MILLIS = 2_000;

    private final QuietStop quietStop = new QuietStop();
    private final OkHttpClient polling;
    private final OkHttpClient sending;
    private final ScheduledExecutorService poller;
    private final ShutdownSignal shutdown = new ShutdownSignal();
    private final ChatTrail trail = new ChatTrail();
    private final Observer observer;
    private final TelegramClient client;
    private final Outbox outbox;
    private final Typing typing;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private UpdateWorkers workers;
    private LongPolling longPolling;
    private Leadership leadership;

    private TelegramBot(BotSettings settings, Observer observer, Pacing pacing) {
        this.observer = observer;
        TelegramCalls calls = new TelegramCalls(observer);
        Redactor redactor = new Redactor(settings.token());
        // the long poll waits up to 50 s for updates, so its read timeout must be longer; sends fail faster
        this.polling = http("telegram-poll-http", 75).newBuilder().addInterceptor(calls)
                .addInterceptor(new PollFailures(redactor)).addInterceptor(quietStop).eventListener(quietStop).build();
        this.sending = http("telegram-send-http", 30).newBuilder().addInterceptor(calls).build();
        this.poller = Executors.newSingleThreadScheduledExecutor(daemon("telegram-poller"));
        this.client = new OkHttpTelegramClient(sending, settings.token(), settings.apiUrl());
        this.outbox = new Outbox(client, new FloodControl(FloodControl.Limits.TELEGRAM, pacing), shutdown, redactor, trail);
        this.typing = new Typing(outbox);
    }

    /** Starts a polling bot (see the full form); a webhook, if the settings name one, is not served. */
    public static TelegramBot start(BotSettings settings, Desk desk, Answerer answerer, Summarizer summarizer,
                                    ReloadReport loaded, Store store, Observer observer) throws TelegramApiException {
        return start(settings, desk, answerer, summarizer, loaded, store, observer, webhook -> { });
    }

    /**
     * Starts the bot: learns its name, publishes the command menu, starts the workers on the stored updates
     * and the intake: long polling while this instance leads, or the webhook, registered with Telegram once
     * {@code mount} has made it reachable.
     *
     * @param loaded   the report of the load the desk was opened with, the first "last reload" of /stats
     * @param store    where updates, memory, the counters of /stats, the unanswered questions and the answers
     *                 readers rate are kept; closed by its owner after the bot
     * @param observer hears of every request to the Bot API and of every rating
     * @param mount    serves the webhook (webhook mode only)
     * @throws TelegramApiException when the Bot API cannot be reached or refuses the token
     */
    public static TelegramBot start(BotSettings settings, Desk desk, Answerer answerer, Summarizer summarizer,
                                    ReloadReport loaded, Store store, Observer observer,
                                    Consumer<WebhookIntake> mount) throws TelegramApiException {
        TelegramBot bot = new TelegramBot(settings, observer, store.pacing());
        try {
            bot.run(settings, desk, answerer, summarizer, loaded, store, mount);
            return bot;
        } catch (TelegramApiException | RuntimeException e) {
            bot.close();
            throw e;
        }
    }

    private void run(BotSettings settings, Desk desk, Answerer answerer, Summarizer summarizer, ReloadReport loaded,
                     Store store, Consumer<WebhookIntake> mount) throws TelegramApiException {
        User me = outbox.call(new GetMe()).orElseThrow(() -> new TelegramApiException(
                "the Bot API did not answer getMe; check " + Schema.TELEGRAM_BOT_TOKEN.key() + " and "
                        + Schema.TELEGRAM_API_URL.key()));
        BotIdentity identity = new BotIdentity(me.getId(), me.getUserName() == null ? "" : me.getUserName());
        CommandMenu.publish(outbox, desk.messages(), settings.admins());

        Clock clock = Clock.systemUTC();
        BotStats stats = new BotStats(clock.instant(), store);
        stats.reloaded(loaded, clock.instant());
        Bylines bylines = new Bylines(desk::messages, clock);
        SourcesBlock sources = new SourcesBlock(desk::messages, bylines);
        AnswerFormat answers = new AnswerFormat(sources);
        AnswerButtons buttons = new AnswerButtons(store.feedback(), desk.furtherReading(), desk::messages, clock);
        ChatReplies replies = new ChatReplies(outbox, desk::messages, store.followUps());
        AskHandler asking = new AskHandler(answerer, stats, typing, answers, clock, trail, buttons, replies);
        CoverageFormat coverage = new CoverageFormat(desk::messages, bylines, sources);
        ReloadEverywhere reloads = ReloadEverywhere.serving(desk, stats, store.broadcasts(), clock);
        RequestHandler requests = new RequestHandler(asking,
                new ReaderCommands(desk, answerer, summarizer, typing, coverage, replies),
                new AdminCommands(settings.admins(), () -> desk.sources().size(), stats, typing,
                        new AdminFormat(desk::messages), reloads, clock, replies),
                replies);
        CallbackHandler callbacks = new CallbackHandler(store.feedback(), desk, answers, coverage, outbox, observer,
                clock);
        InlineHandler inline = new InlineHandler(answerer, stats, outbox, answers, bylines, desk::messages, clock);
        LongSupplier epochNanos = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
        UpdateRouter router = new UpdateRouter(new Addressing(identity),
                new RateLimiter(RateLimiter.Limit.READERS, epochNanos, store.rateLimits()),
                new RateLimiter(RateLimiter.Limit.INLINE, epochNanos, store.rateLimits()), requests, inline, callbacks);

        UpdateQueue queue = new TrailedQueue(store.updates(), trail);
        workers = new UpdateWorkers(queue, router::route, WORKERS, shutdown::takeGaveUp);
        workers.start();
        if (settings.webhook().isPresent()) {
            BotSettings.Webhook webhook = settings.webhook().get();
            mount.accept(new WebhookIntake(webhook.path(), webhook.secret(), queue, workers::wake));
            client.execute(SetWebhook.builder().url(webhook.url().toString()).secretToken(webhook.secret()).build());
            LOG.info("Telegram pushes updates to the webhook at {}", webhook.path());
        } else {
            longPolling = new LongPolling(settings.token(), settings::apiUrl, polling, poller, TelegramBot::pollBackOff,
                    queue, workers::wake);
            leadership = store.leadership();
            leadership.start(longPolling::start, longPolling::stop);
        }
        LOG.info("Newsdesk is on Telegram as @{} ({} administrator(s))", identity.username(), settings.admins().size());
    }

    /**
     * Between failed polls: TelegramBots' randomised back-off, 0.5 s growing to 30 s. The library's
     * default grows to a minute and, after 15 minutes of failures, waits 15 minutes each time; a bot
     * should be back within seconds of Telegram.
     */
    static BackOff pollBackOff() {
        return new ExponentialBackOff.Builder().setInitialIntervalMillis(500).setMultiplier(1.5)
                .setMaxIntervalMillis(30_000).setRandomizationFactor(0.5).setMaxElapsedTimeMillis(Integer.MAX_VALUE)
                .build();
    }

    /** Blocks until the bot has been closed. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        LOG.info("Stopping the Telegram bot");
        if (leadership != null) {
            leadership.close(); // stops polling here and lets another instance take over at once
        }
        if (longPolling != null) {
            longPolling.close();
        }
        poller.shutdownNow();
        quietStop.stop();
        if (workers != null) {
            workers.stopClaiming();
            boolean finished = workers.awaitDone(STOP_GRACE_MILLIS);
            shutdown.stop();
            sending.dispatcher().cancelAll();
            if (!finished) {
                workers.interrupt(); // updates cut short are given back, to be answered again
                workers.awaitDone(STOP_GRACE_MILLIS / 2);
            }
            workers.close();
        } else {
            shutdown.stop();
        }
        typing.close();
        outbox.close();
        for (OkHttpClient client : new OkHttpClient[] {polling, sending}) {
            client.dispatcher().executorService().shutdownNow();
            client.connectionPool().evictAll();
        }
        closed.countDown();
        LOG.info("The Telegram bot has stopped");
    }

    private static OkHttpClient http(String name, int readTimeoutSeconds) {
        ExecutorService calls = Executors.newCachedThreadPool(daemon(name));
        return new OkHttpClient.Builder()
                .dispatcher(new Dispatcher(calls))
                .connectionPool(new ConnectionPool(8, 60, TimeUnit.SECONDS))
                .connectTimeout(15, TimeUnit.SECONDS)
                .readTimeout(readTimeoutSeconds, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS)
                .build();
    }

    private static ThreadFactory daemon(String name) {
        return BasicThreadFactory.builder().namingPattern(name + "-%d").daemon().build();
    }
}
