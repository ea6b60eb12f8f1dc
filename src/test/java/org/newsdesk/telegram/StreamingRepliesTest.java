package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Mode;
import org.newsdesk.answer.Question;
import org.newsdesk.answer.Source;
import org.newsdesk.testsupport.telegram.FakeBotApi;

/**
 * An answerer that writes its answer bit by bit (as the language-model mode will) shows in one
 * message that grows by edits. The answerer here is a stand-in: no language model runs in tests.
 */
class StreamingRepliesTest {

    private static final Source SOURCE = new Source("seed.md", "Children reunited", "AFP", LocalDate.of(2025, 10, 11),
            "Eight children displaced by the war had been returned.", 1.0);

    private RunningBot running;

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void should_grow_one_message_by_edits_and_end_with_the_answer_and_its_sources() {
        // given
        running = RunningBot.start(RunningBot.sharedDesk(), new WritingAnswerer(List.of("Eight", "Eight children",
                "Eight children were returned."), List.of(SOURCE)));

        // when
        running.push(org.newsdesk.testsupport.telegram.Updates.privateText(8001, "How many children?"));

        // then
        await().atMost(RunningBot.PATIENCE).until(() -> !running.api.messagesTo(8001).isEmpty()
                && running.api.messagesTo(8001).get(0).text().contains("Sources"));
        List<FakeBotApi.Sent> messages = running.api.messagesTo(8001);
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).edits()).isGreaterThanOrEqualTo(2);
        assertThat(messages.get(0).text()).startsWith("Eight children were returned.").contains("AFP, 11 October 2025");
    }

    @Test
    void should_add_the_buttons_to_a_final_text_identical_to_what_is_shown() {
        // given an answer whose final text is exactly the last text shown
        running = RunningBot.start(RunningBot.sharedDesk(), new WritingAnswerer(List.of("Not covered."), List.of()));

        // when
        running.ask(8002, "Anything?");

        // then the one message keeps its text and gets its buttons in one edit; nothing is resent
        await().atMost(RunningBot.PATIENCE).until(() -> running.api.calls("editMessageText").size() == 1);
        assertThat(running.api.messagesTo(8002)).singleElement().satisfies(reply -> {
            assertThat(reply.text()).isEqualTo("Not covered.");
            assertThat(reply.buttons()).contains("👍 Helpful", "👎 Not helpful");
        });
    }

    /** Writes the given texts a little over a second apart, then answers with the last and the sources. */
    private record WritingAnswerer(List<String> partials, List<Source> sources) implements Answerer {

        @Override
        public Answer answer(Question question) {
            return answer(question, text -> { });
        }

        @Override
        public Answer answer(Question question, Consumer<String> partialText) {
            for (String partial : partials) {
                partialText.accept(partial);
                pause();
            }
            return new Answer(question.text(), partials.get(partials.size() - 1), !sources.isEmpty(), sources,
                    Mode.LLM, "", 0);
        }

        private static void pause() {
            try {
                Thread.sleep(LiveReply.EDIT_INTERVAL_NANOS / 1_000_000 + 100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
