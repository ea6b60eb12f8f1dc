package org.newsdesk.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.testsupport.llm.AnswerAssert.assertThat;
import static org.newsdesk.testsupport.llm.Replies.citing;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Question;
import org.newsdesk.testsupport.TestDesks;
import org.newsdesk.testsupport.llm.FakeOpenAiServer;
import org.newsdesk.testsupport.llm.ModelDesk;
import org.newsdesk.testsupport.llm.ModelReply;
import org.newsdesk.testsupport.llm.ModelRequest;
import org.newsdesk.testsupport.llm.ModelRequest.Kind;

class ConversationMemoryTest {

    private static final String FIRST = "How many children were reunited with their families?";
    private static final String FOLLOW_UP = "And how many of them went to Ukraine?";

    @RegisterExtension
    final ModelDesk fixture = ModelDesk.over(TestDesks.SEED);
    private final FakeOpenAiServer model = fixture.model();

    @BeforeEach
    void loadTheSeedArticleAndAnswerWell() {
        model.answering(ConversationMemoryTest::reply);
    }

    @Test
    void should_rewrite_a_follow_up_with_the_conversation_so_far() {
        Answerer answerer = answerer();
        answerer.answer(new Question(FIRST, "chat-7", List.of()));

        Answer followUp = answerer.answer(new Question(FOLLOW_UP, "chat-7", List.of(FIRST)));

        assertThat(followUp).isWrittenByTheModel().citesInOrder("Seven of them");
        assertThat(model.requests(Kind.REWRITE)).singleElement().satisfies(rewrite -> assertThat(rewrite.lastUser())
                .contains("User: " + FIRST)
                .contains("AI: Eight children were returned to their homes.")
                .contains(FOLLOW_UP));
    }

    @Test
    void should_keep_a_conversation_across_a_restart() {
        answerer().answer(new Question(FIRST, "chat-7", List.of()));

        Answerer afterRestart = answerer();
        afterRestart.answer(new Question(FOLLOW_UP, "chat-7", List.of(FIRST)));

        assertThat(model.requests(Kind.REWRITE)).singleElement()
                .satisfies(rewrite -> assertThat(rewrite.lastUser()).contains("User: " + FIRST));
        assertThat(fixture.root().resolve("data/conversations/chat-7.json")).exists();
    }

    @Test
    void should_forget_a_conversation_on_request_and_only_that_one() {
        Answerer answerer = answerer();
        answerer.answer(new Question(FIRST, "chat-7", List.of()));
        answerer.answer(new Question(FIRST, "chat-8", List.of()));

        answerer.forget("chat-7");
        answerer.answer(new Question(FOLLOW_UP, "chat-7", List.of()));
        answerer.answer(new Question(FOLLOW_UP, "chat-8", List.of()));

        assertThat(fixture.root().resolve("data/conversations/chat-7.json")).exists();
        assertThat(model.requests(Kind.REWRITE)).singleElement()
                .satisfies(rewrite -> assertThat(rewrite.lastUser()).contains("User: " + FIRST));
    }

    @Test
    void should_remember_nothing_of_one_off_questions() {
        Answerer answerer = answerer();
        answerer.answer(Question.of(FIRST));
        answerer.answer(Question.of(FOLLOW_UP));

        assertThat(model.requests(Kind.REWRITE)).isEmpty();
        assertThat(fixture.root().resolve("data/conversations")).doesNotExist();
    }

    @Test
    void should_answer_one_question_at_a_time_in_a_conversation() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        model.answering(request -> {
            mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            return reply(request);
        });
        Answerer answerer = answerer();
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try {
            Future<Answer> first = readers.submit(() -> answerer.answer(new Question(FIRST, "chat-7", List.of())));
            Future<Answer> second = readers.submit(() -> answerer.answer(new Question(FIRST, "chat-7", List.of())));
            first.get();
            second.get();
        } finally {
            readers.shutdown();
        }

        assertThat(mostAtOnce).hasValue(1);
    }

    private static ModelReply reply(ModelRequest request) {
        return switch (request.kind()) {
            case REWRITE -> ModelReply.text("How many of the eight children went to Ukraine?");
            case ANSWER, REPAIR, SUMMARY, VERIFY -> ModelReply.text(request.lastUser().contains(FOLLOW_UP)
                    ? citing(request, "Seven of them went to Ukraine [{Seven of them}].")
                    : citing(request, "Eight children were returned to their homes [{Eight children displaced}]."));
        };
    }

    private Answerer answerer() {
        return fixture.assistants().answerer();
    }
}
