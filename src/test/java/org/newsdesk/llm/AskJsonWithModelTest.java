package org.newsdesk.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.testsupport.llm.Replies.alwaysAnswering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.cli.NewsdeskCommand;
import org.newsdesk.testsupport.TestDesks;
import org.newsdesk.testsupport.llm.FakeOpenAiServer;

/** {@code ask --json} against a model server that answers well and one that lies, as a reader would run it. */
class AskJsonWithModelTest {

    private static final String QUESTIONS = """
            How many children were reunited with their families?
            Who won the 2018 football World Cup?
            """;

    @TempDir
    Path root;

    @Test
    void should_report_the_models_cited_answer_as_llm_and_a_question_it_was_not_asked_as_extractive() throws Exception {
        try (FakeOpenAiServer model = new FakeOpenAiServer()) {
            model.answering(alwaysAnswering("Eight children were returned to their homes in the last 24 hours "
                    + "[{Eight children displaced}]."));

            List<JsonNode> answers = ask(model.environment());

            assertThat(answers.get(0).path("mode").asText()).isEqualTo("llm");
            assertThat(answers.get(0).path("answer").asText()).endsWith("[1].");
            assertThat(answers.get(0).path("sources").get(0).path("quote").asText())
                    .startsWith("Eight children displaced");
            assertThat(answers.get(1).path("mode").asText()).isEqualTo("extractive");
            assertThat(answers.get(1).path("answerable").asBoolean()).isFalse();
        }
    }

    @Test
    void should_report_the_articles_own_words_as_extractive_when_the_model_lies() throws Exception {
        try (FakeOpenAiServer model = new FakeOpenAiServer()) {
            model.answering(alwaysAnswering("Twelve children were returned [{Eight children displaced}]."));

            JsonNode answer = ask(model.environment()).get(0);

            assertThat(answer.path("mode").asText()).isEqualTo("extractive");
            assertThat(answer.path("answer").asText()).doesNotContain("Twelve");
            assertThat(answer.path("notice").asText()).contains("could not be checked");
        }
    }

    @Test
    void should_refuse_to_start_with_an_unknown_provider() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = NewsdeskCommand.run(arguments(), new ByteArrayInputStream(QUESTIONS.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("NEWSDESK_LLM", "gpt"));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("NEWSDESK_LLM must be none, openai or ollama");
    }

    private List<JsonNode> ask(Map<String, String> environment) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = NewsdeskCommand.run(arguments(), new ByteArrayInputStream(QUESTIONS.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                environment);
        assertThat(status).as("exit status; standard error: %s", err).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain(FakeOpenAiServer.API_KEY);
        List<JsonNode> answers = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            answers.add(new ObjectMapper().readTree(line));
        }
        return answers;
    }

    private String[] arguments() {
        return new String[] {"ask", "--json", "--knowledge", TestDesks.folderWith(root, TestDesks.SEED).toString(),
                "--data", root.resolve("data").toString()};
    }
}
