package org.newsdesk.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.testsupport.llm.AnswerAssert.assertThat;
import static org.newsdesk.testsupport.llm.Replies.alwaysAnswering;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.desk.Desk;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Question;
import org.newsdesk.config.Settings;
import org.newsdesk.testsupport.TestDesks;
import org.newsdesk.testsupport.llm.FakeModelServer;
import org.newsdesk.testsupport.llm.FakeOllamaServer;
import org.newsdesk.testsupport.llm.FakeOpenAiServer;
import org.newsdesk.testsupport.llm.ModelReply;
import org.newsdesk.testsupport.llm.ModelRequest;

/** Both providers, answering whole and streaming (server-sent events for OpenAI, JSON lines for Ollama). */
class StreamingTest {

    private static final Question HOW_MANY = new Question("How many children were reunited with their families?",
            "reader-1", List.of());
    private static final String GOOD = "Eight children were returned to their homes in the last 24 hours "
            + "[{Eight children displaced}]. Seven of them went to Ukraine from Russia [{Seven of them}]. "
            + "One young girl went back to Russia [{Seven of them}].";

    @TempDir
    Path root;

    private Desk desk;

    @BeforeEach
    void loadTheSeedArticle() {
        desk = TestDesks.loaded(root, TestDesks.SEED);
    }

    static Stream<FakeModelServer> providers() {
        return Stream.of(new FakeOpenAiServer(), new FakeOllamaServer());
    }

    @ParameterizedTest
    @MethodSource("providers")
    void should_answer_whole_with_citations(FakeModelServer model) throws Exception {
        try (model) {
            model.answering(alwaysAnswering(GOOD));

            Answer answer = answerer(model).answer(HOW_MANY);

            assertThat(answer).isWrittenByTheModel().citesInOrder("Eight children displaced", "Seven of them");
            assertThat(model.requests()).allMatch(request -> !request.streaming());
        }
    }

    @ParameterizedTest
    @MethodSource("providers")
    void should_stream_the_answer_as_it_grows_a_sentence_at_a_time(FakeModelServer model) throws Exception {
        try (model) {
            model.answering(alwaysAnswering(GOOD));
            List<String> shown = new CopyOnWriteArrayList<>();

            Answer answer = answerer(model).answer(HOW_MANY, shown::add);

            assertThat(answer).isWrittenByTheModel();
            assertThat(model.requests()).allMatch(request -> request.streaming());
            assertThat(shown).containsExactly(
                    "Eight children were returned to their homes in the last 24 hours [1].",
                    "Eight children were returned to their homes in the last 24 hours [1]. "
                            + "Seven of them went to Ukraine from Russia [2].");
            assertThat(answer.text()).startsWith(shown.get(shown.size() - 1));
        }
    }

    @ParameterizedTest
    @MethodSource("providers")
    void should_never_show_a_streamed_sentence_that_fails_the_check(FakeModelServer model) throws Exception {
        try (model) {
            model.answering(alwaysAnswering("Eight children were returned [{Eight children displaced}]. "
                    + "Fifty of them went to Ukraine [{Seven of them}]. The girl went back to Russia [{Seven of them}]."));
            List<String> shown = new CopyOnWriteArrayList<>();

            Answer answer = answerer(model).answer(HOW_MANY, shown::add);

            assertThat(shown).containsExactly("Eight children were returned [1].");
            assertThat(answer).fallsBackToTheArticlesSaying("could not be checked");
        }
    }

    @ParameterizedTest
    @MethodSource("providers")
    void should_never_show_a_reasoning_models_thinking(FakeModelServer model) throws Exception {
        try (model) {
            model.answering(alwaysAnswering("<think>The reader asks how many. Maybe 12? No.</think>" + GOOD));
            List<String> shown = new CopyOnWriteArrayList<>();

            Answer answer = answerer(model).answer(HOW_MANY, shown::add);

            assertThat(answer).isWrittenByTheModel().doesNotSay("Maybe 12");
            assertThat(shown).isNotEmpty().noneMatch(text -> text.contains("think") || text.contains("12"));
        }
    }

    @ParameterizedTest
    @MethodSource("providers")
    void should_show_nothing_early_while_a_second_opinion_is_still_to_come(FakeModelServer model) throws Exception {
        try (model) {
            model.answering(request -> request.kind() == ModelRequest.Kind.VERIFY ? ModelReply.text("1: yes\n2: no\n3: yes")
                    : alwaysAnswering(GOOD).apply(request));
            List<String> shown = new CopyOnWriteArrayList<>();

            Answer answer = Assistants.configured(desk, Settings.load(model.environment("NEWSDESK_LLM_VERIFY",
                    "true"))).answerer().answer(HOW_MANY, shown::add);

            assertThat(shown).isEmpty();
            assertThat(answer).fallsBackToTheArticlesSaying("could not be checked");
        }
    }

    private Answerer answerer(FakeModelServer model) throws Exception {
        return Assistants.configured(desk, Settings.load(model.environment())).answerer();
    }
}
