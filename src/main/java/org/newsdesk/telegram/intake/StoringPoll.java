package org.newsdesk.telegram.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.newsdesk.store.StoreException;
import org.newsdesk.store.UpdateQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The getUpdates requests of the library's long polling (its extension point for them), which store each
 * batch before anything confirms it. Telegram confirms updates by the next request's offset, and the
 * library computes that offset from what its requests returned; here each response is stored in the queue
 * while it is read, on the polling thread, and only then is the next offset moved past it. When storing
 * fails the request fails, the library backs off and asks again from the same offset: nothing stored, nothing
 * confirmed. Updates are stored as Telegram sent them and parsed by the workers, so one the client cannot
 * parse is skipped there, never here. The library then gets an empty batch: the workers take it from the queue.
 */
final class StoringPoll implements Function<Integer, GetUpdates> {

    private static final Logger LOG = LoggerFactory.getLogger(StoringPoll.class);

    /** As the library's default: up to 100 updates a request, held open up to 50 s when there are none. */
    static final int LIMIT = 100;
    static final int TIMEOUT_SECONDS = 50;
    /** Between tries to store a batch while the store fails: often enough to catch up soon after it is back. */
    static final long STORE_RETRY_MILLIS = 2_000;

    private final UpdateQueue queue;
    private final Runnable stored;
    /** The highest update id stored by this poller; the next request confirms everything up to it. */
    private final AtomicLong highestStored = new AtomicLong();

    /** @param stored told after each batch is stored, so workers look at once */
    StoringPoll(UpdateQueue queue, Runnable stored) {
        this.queue = queue;
        this.stored = stored;
    }

    @Override
    public GetUpdates apply(Integer lastReceived) {
        return new Request((int) Math.max(lastReceived, highestStored.get()) + 1);
    }

    /**
     * The library polls again at once after a failed request it does not recognise as Telegram's refusal;
     * a store that is down would make that a busy loop, so the poller waits a little first.
     */
    private static void pauseAfterFailure() {
        try {
            Thread.sleep(STORE_RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One getUpdates request; its response is stored before it is handed back. */
    private final class Request extends GetUpdates {

        private final int offset;

        Request(int offset) {
            super(offset, LIMIT, TIMEOUT_SECONDS, null);
            this.offset = offset;
        }

        @Override
        public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
            JsonNode response;
            try {
                response = OBJECT_MAPPER.readTree(answer);
            } catch (JsonProcessingException e) {
                throw new TelegramApiRequestException("the getUpdates response is not JSON", e);
            }
            if (response == null || !response.path("ok").asBoolean(false) || !response.path("result").isArray()) {
                return super.deserializeResponse(answer); // a refusal: the library reports it as usual
            }
            List<UpdateQueue.Received> batch = new ArrayList<>();
            for (JsonNode update : response.get("result")) {
                JsonNode id = update.path("update_id");
                if (!id.canConvertToLong()) {
                    LOG.warn("Skipped an update without a numeric update_id");
                    continue;
                }
                batch.add(new UpdateQueue.Received(id.longValue(), UpdateKeys.of(update), update.toString()));
            }
            try {
                queue.store(batch);
            } catch (StoreException e) {
                pauseAfterFailure();
                throw new TelegramApiRequestException("the updates could not be stored, so they are not confirmed: "
                        + e.getMessage(), e);
            }
            batch.forEach(update -> highestStored.accumulateAndGet(update.id(), Math::max));
            queue.confirmedBelow(offset);
            if (!batch.isEmpty()) {
                stored.run();
            }
            return new ArrayList<>();
        }
    }
}
