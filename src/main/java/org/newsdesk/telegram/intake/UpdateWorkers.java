package org.newsdesk.telegram.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadFactory;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.commons.lang3.concurrent.BasicThreadFactory;
import org.newsdesk.store.StoreException;
import org.newsdesk.store.UpdateQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Works through the stored updates on a few threads of its own: claims what the queue offers (a chat's
 * updates one at a time, so each chat is answered in order, across instances too), parses each update
 * and hands it to the adapter, then marks it done. Claims are renewed while they are worked on. An update
 * the client cannot parse (a chat id that is not a number, a message id over 2^31) is logged once with
 * its id and the field, never its value, and marked done, so it never holds up its chat. An update whose
 * work was cut short by the bot stopping is given back, not marked done: it is answered after a restart,
 * or at once by another instance.
 */
public final class UpdateWorkers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateWorkers.class);

    /** Does what an update asks. */
    @FunctionalInterface
    public interface Handler {

        /**
         * @param again whether an earlier claim on the update lapsed: the instance that held it died, perhaps
         *              after it had counted the update against its sender's rate limit, or even replied
         */
        void handle(Update update, boolean again);
    }
    /** Update fields the client does not know (newer Bot API versions) are no reason to skip an update. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /** How long an idle dispatcher waits before asking the queue again: how soon another instance's updates are seen. */
    static final Duration IDLE_WAIT = Duration.ofMillis(200);
    /** After the store failed, the dispatcher waits this long before trying again. */
    static final Duration STORE_RETRY = Duration.ofSeconds(2);

    private final UpdateQueue queue;
    private final Handler handler;
    private final BooleanSupplier cutShort;
    private final int threads;
    private final ExecutorService pool;
    private final Thread dispatcher;
    private final ScheduledExecutorService renewer;
    private final Set<Long> working = ConcurrentHashMap.newKeySet();
    /** Updates handled whose replies wait out a flood limit ({@link PutOff}): claimed, renewed, not yet done. */
    private final Set<Long> waitingReplies = ConcurrentHashMap.newKeySet();
    private final Object signal = new Object();
    private volatile boolean claiming = true;
    private boolean woken;

    /**
     * @param handler  does what an update asks; runs on a worker thread, one update of a chat at a time
     * @param cutShort whether the work just done on this thread gave up a reply because the bot is stopping
     *                 (asking clears it): such an update is given back rather than marked done
     */
    public UpdateWorkers(UpdateQueue queue, Handler handler, int threads, BooleanSupplier cutShort) {
        this.queue = queue;
        this.handler = handler;
        this.cutShort = cutShort;
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, daemon("telegram-worker-%d"));
        this.dispatcher = daemon("telegram-dispatcher").newThread(this::dispatch);
        this.renewer = Executors.newSingleThreadScheduledExecutor(daemon("telegram-lease-renewer"));
    }

    public void start() {
        dispatcher.start();
        long every = UpdateQueue.RENEW_EVERY.toMillis();
        renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    /** New updates are stored: look at once rather than at the next idle check. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void dispatch() {
        while (claiming) {
            int free = threads - working.size();
            List<UpdateQueue.Claim> claims = List.of();
            if (free > 0) {
                try {
                    claims = queue.claim(free);
                } catch (StoreException e) {
                    LOG.warn("Could not claim updates: {}; trying again in {} s", e.getMessage(), STORE_RETRY.toSeconds());
                    pause(STORE_RETRY);
                    continue;
                }
            }
            for (UpdateQueue.Claim claim : claims) {
                working.add(claim.id());
                try {
                    pool.execute(() -> work(claim));
                } catch (RejectedExecutionException stopping) {
                    working.remove(claim.id());
                    giveBack(claim.id());
                }
            }
            if (claims.isEmpty()) {
                pause(IDLE_WAIT);
            }
        }
    }

    private void pause(Duration wait) {
        synchronized (signal) {
            if (!woken && claiming) {
                try {
                    signal.wait(wait.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    claiming = false;
                }
            }
            woken = false;
        }
    }

    private void work(UpdateQueue.Claim claim) {
        if (claim.attempts() > 1) {
            LOG.info("Update {} is answered again: an earlier claim on it lapsed (attempt {})", claim.id(),
                    claim.attempts());
        }
        cutShort.getAsBoolean(); // whatever an earlier update left on this thread
        PutOff putOff = PutOff.begin(() -> {
            if (waitingReplies.remove(claim.id())) {
                finish(claim.id());
            }
        });
        try {
            parse(claim).ifPresent(update -> handler.handle(update, claim.attempts() > 1));
        } catch (RuntimeException e) {
            LOG.error("Update {} could not be handled", claim.id(), e);
        } finally {
            if (cutShort.getAsBoolean()) {
                giveBack(claim.id());
            } else {
                waitingReplies.add(claim.id());
            }
            putOff.handled(); // marks it done now, or once its replies put off are sent
            working.remove(claim.id());
            wake();
        }
    }


    private void finish(long id) {
        try {
            queue.done(id);
        } catch (StoreException e) {
            LOG.warn("Update {} was answered but could not be marked so: {}", id, e.getMessage());
        }
    }

    private void giveBack(long id) {
        try {
            queue.release(id);
        } catch (StoreException e) {
            LOG.debug("Update {} could not be given back; its lease lapses instead: {}", id, e.getMessage());
        }
    }

    private static java.util.Optional<Update> parse(UpdateQueue.Claim claim) {
        try {
            return java.util.Optional.of(JSON.readValue(claim.json(), Update.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the field's path and the kind of problem, never its value: it may be a user's id or text
            LOG.warn("Skipped update {}: {} could not be read ({})", claim.id(), field(e), e.getClass().getSimpleName());
            return java.util.Optional.empty();
        }
    }

    /** Where in the update the problem is, as a JSON path such as {@code message.chat.id}. */
    private static String field(Exception e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().stream()
                    .map(step -> step.getFieldName() != null ? step.getFieldName() : "[" + step.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        return "the update";
    }

    private void renew() {
        try {
            Set<Long> claimed = new java.util.HashSet<>(working);
            claimed.addAll(waitingReplies);
            queue.renew(claimed);
        } catch (StoreException e) {
            LOG.warn("Could not renew the claims on {} update(s): {}", working.size(), e.getMessage());
        }
    }

    /** Claims nothing more; what is being worked on goes on. */
    public void stopClaiming() {
        claiming = false;
        wake();
        pool.shutdown();
    }

    /** Waits for the updates being worked on; true if they finished in time. */
    public boolean awaitDone(long millis) {
        try {
            return pool.awaitTermination(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Interrupts the work still running; each such update is given back as its worker ends. */
    public void interrupt() {
        pool.shutdownNow();
    }

    /** How many updates this instance is working on now. */
    public int working() {
        return working.size();
    }

    @Override
    public void close() {
        stopClaiming();
        interrupt();
        renewer.shutdownNow();
        // their replies are dropped as the bot stops: they are answered again, here after a restart or elsewhere now
        for (Long id : Set.copyOf(waitingReplies)) {
            if (waitingReplies.remove(id)) {
                giveBack(id);
            }
        }
    }

    private static ThreadFactory daemon(String naming) {
        return BasicThreadFactory.builder().namingPattern(naming).daemon().build();
    }
}
