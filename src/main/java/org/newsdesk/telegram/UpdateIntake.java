package org.newsdesk.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The getUpdates requests of the library's long polling (its extension point for them), read one
 * update at a time. The library reads a batch as a whole, so one update it cannot parse (a chat id
 * that is not a number, a message id over 2^31, an inline query without a sender) failed the batch,
 * which was then fetched again forever and nobody was answered. Here such an update is skipped, logged
 * once at WARN with its id, and confirmed with the next request's offset like any other.
 */
final class UpdateIntake implements Function<Integer, GetUpdates> {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateIntake.class);

    /** As the library's default: up to 100 updates a request, held open up to 50 s when there are none. */
    static final int LIMIT = 100;
    static final int TIMEOUT_SECONDS = 50;

    /** The highest update id read so far, parsed or skipped. */
    private final AtomicInteger highestRead = new AtomicInteger();

    @Override
    public GetUpdates apply(Integer lastReceived) {
        return new Request(Math.max(lastReceived, highestRead.get()) + 1);
    }

    /** One getUpdates request; its response is read update by update. */
    private final class Request extends GetUpdates {

        Request(int offset) {
            super(offset, LIMIT, TIMEOUT_SECONDS, null);
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
            ArrayList<Update> updates = new ArrayList<>();
            for (JsonNode element : response.get("result")) {
                read(element, updates);
            }
            return updates;
        }

        private void read(JsonNode element, List<Update> updates) {
            JsonNode id = element.path("update_id");
            if (id.canConvertToInt()) {
                highestRead.accumulateAndGet(id.intValue(), Math::max);
            }
            try {
                updates.add(OBJECT_MAPPER.treeToValue(element, Update.class));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                // the field's path and the kind of problem, never its value: it may be a user's id or text
                LOG.warn("Skipped update {}: {} could not be read ({})", id.isMissingNode() ? "without an id" : id.asText(),
                        field(e), e.getClass().getSimpleName());
            }
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
}
