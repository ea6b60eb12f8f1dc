package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.testsupport.telegram.FakeBotApi;
import org.newsdesk.testsupport.telegram.TelegramHtml;
import org.newsdesk.testsupport.telegram.Updates;

/** "@thisbot question" in any chat offers the answer, with its source, as an inline result. */
class InlineModeTest {

    @RegisterExtension
    final RunningBot running = RunningBot.perTest();

    @Test
    void should_offer_the_answer_with_its_source_as_an_inline_result() {
        // when
        running.push(Updates.inlineQuery("q-1", 5001, "How many children were returned?"));

        // then
        JsonNode answer = awaitInlineAnswer("q-1");
        JsonNode result = answer.get("results").get(0);
        assertThat(result.get("type").asText()).isEqualTo("article");
        assertThat(result.get("title").asText()).containsIgnoringCase("eight children");
        assertThat(result.get("description").asText()).contains("Melania Trump says").contains("AFP");
        JsonNode content = result.get("input_message_content");
        assertThat(content.get("parse_mode").asText()).isEqualToIgnoringCase("html");
        assertThat(TelegramHtml.visibleText(content.get("message_text").asText()))
                .containsIgnoringCase("eight children").contains("Sources").contains("AFP, 11 October 2025");
    }

    @Test
    void should_say_so_inline_when_the_articles_do_not_cover_it() {
        // when
        running.push(Updates.inlineQuery("q-2", 5002, "Who won the football world cup in 1998?"));

        // then
        JsonNode result = awaitInlineAnswer("q-2").get("results").get(0);
        assertThat(result.get("title").asText()).isEqualTo("Not covered by the stored articles");
    }

    @Test
    void should_answer_an_empty_inline_query_with_no_results() {
        // when
        running.push(Updates.inlineQuery("q-3", 5003, "   "));

        // then
        assertThat(awaitInlineAnswer("q-3").get("results")).isEmpty();
    }

    private JsonNode awaitInlineAnswer(String id) {
        await().atMost(RunningBot.PATIENCE).until(() -> running.api.calls("answerInlineQuery").stream()
                .anyMatch(call -> call.body().get("inline_query_id").asText().equals(id)));
        return running.api.calls("answerInlineQuery").stream().map(FakeBotApi.Call::body)
                .filter(body -> body.get("inline_query_id").asText().equals(id)).findFirst().orElseThrow();
    }
}
