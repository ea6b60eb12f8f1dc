package org.newsdesk.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.List;
import org.newsdesk.store.UpdateQueue;

/**
 * The update queue, telling the {@link ChatTrail} of each private message as it arrives rather than when a
 * worker reaches it: a chat's updates are answered one at a time, so the answer to a question must already
 * know of the messages that came after it while it was being answered.
 */
record TrailedQueue(UpdateQueue queue, ChatTrail trail) implements UpdateQueue {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void store(List<Received> updates) {
        queue.store(updates);
        updates.forEach(this::trace);
    }

    private void trace(Received update) {
        try {
            JsonNode message = JSON.readTree(update.json()).path("message");
            JsonNode id = message.path("message_id");
            JsonNode chat = message.path("chat").path("id");
            if ("private".equals(message.path("chat").path("type").asText()) && id.canConvertToInt()
                    && chat.canConvertToLong()) {
                trail.seen(chat.asLong(), id.asInt());
            }
        } catch (JsonProcessingException e) {
            // not JSON: the worker that claims it reports it
        }
    }

    @Override
    public List<Claim> claim(int max) {
        return queue.claim(max);
    }

    @Override
    public void renew(Collection<Long> ids) {
        queue.renew(ids);
    }

    @Override
    public void done(long id) {
        queue.done(id);
    }

    @Override
    public void release(long id) {
        queue.release(id);
    }

    @Override
    public int waiting() {
        return queue.waiting();
    }

    @Override
    public void confirmedBelow(long id) {
        queue.confirmedBelow(id);
    }
}
