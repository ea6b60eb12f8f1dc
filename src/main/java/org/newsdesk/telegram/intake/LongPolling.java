package org.newsdesk.telegram.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.newsdesk.store.UpdateQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling with TelegramBots' own poller, started and stopped as this instance gains and loses the
 * leadership (only one instance may call getUpdates), each session with a fresh {@link StoringPoll}, so
 * a new leader starts from the earliest update Telegram has not had confirmed.
 */
public final class LongPolling {

    private static final Logger LOG = LoggerFactory.getLogger(LongPolling.class);
    static final int RETRY_START_SECONDS = 3;

    private final String token;
    private final Supplier<TelegramUrl> apiUrl;
    private final UpdateQueue queue;
    private final Runnable stored;
    private final ScheduledExecutorService poller;
    private final TelegramBotsLongPollingApplication application;
    private boolean leading;
    private boolean polling;

    public LongPolling(String token, Supplier<TelegramUrl> apiUrl, OkHttpClient client, ScheduledExecutorService poller,
                       Supplier<BackOff> backOff, UpdateQueue queue, Runnable stored) {
        this.token = token;
        this.apiUrl = apiUrl;
        this.queue = queue;
        this.stored = stored;
        this.poller = poller;
        this.application = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> client, () -> poller, backOff);
    }

    /** Starts polling (leadership gained); if Telegram cannot be reached, tries again every few seconds. */
    public synchronized void start() {
        leading = true;
        if (polling) {
            return;
        }
        try {
            application.registerBot(token, apiUrl, new StoringPoll(queue, stored), updates -> { });
            polling = true;
        } catch (TelegramApiException | RuntimeException e) {
            LOG.warn("Could not start polling Telegram ({}); trying again in {} s", e.getClass().getSimpleName(),
                    RETRY_START_SECONDS);
            try {
                poller.schedule(this::retry, RETRY_START_SECONDS, TimeUnit.SECONDS);
            } catch (RejectedExecutionException stopping) {
                LOG.debug("Not retrying: the bot is stopping");
            }
        }
    }

    private synchronized void retry() {
        if (leading) {
            start();
        }
    }

    /** Stops polling (leadership lost, or the bot stops). */
    public synchronized void stop() {
        leading = false;
        if (!polling) {
            return;
        }
        polling = false;
        try {
            application.unregisterBot(token);
        } catch (TelegramApiException | RuntimeException e) {
            LOG.warn("Stopping the poller: {}", e.getClass().getSimpleName());
        }
    }

    public void close() {
        stop();
        try {
            application.close();
        } catch (Exception e) {
            LOG.warn("Stopping the poller: {}", e.getClass().getSimpleName());
        }
    }
}
