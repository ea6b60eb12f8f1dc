package org.newsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Source;

/** An answer as one line of JSON, in the shape {@code ask --json} promises. */
final class AnswerJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerJson() {
    }

    static String line(Answer answer) {
        ObjectNode node = JSON.createObjectNode();
        node.put("question", answer.question());
        node.put("answer", answer.text());
        node.put("answerable", answer.answerable());
        node.put("mode", answer.mode().label());
        put(node.putArray("sources"), answer.sources());
        put(node.putArray("related"), answer.related());
        node.put("millis", answer.millis());
        if (!answer.notice().isEmpty()) {
            node.put("notice", answer.notice());
        }
        return node.toString();
    }

    private static void put(ArrayNode array, List<Source> sources) {
        for (Source source : sources) {
            ObjectNode item = array.addObject();
            item.put("document", source.document());
            item.put("title", source.title());
            item.put("publisher", source.publisher());
            if (source.published() == null) {
                item.putNull("published");
            } else {
                item.put("published", source.published().toString());
            }
            item.put("quote", source.quote());
            item.put("score", source.score());
        }
    }
}
