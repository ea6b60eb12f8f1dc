package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testsupport.TestDesks;
import org.newsdesk.testsupport.llm.FakeOpenAiServer;
import org.newsdesk.testsupport.llm.Replies;

/** {@code newsdesk eval} end to end on a one-article folder, with the real embedding model. */
class EvalCommandTest {

    private static final String QUESTIONS = String.join("\n",
            "{\"q\":\"Which court wants Putin arrested?\",\"kind\":\"fact\",\"expect\":\"international criminal court\","
                    + "\"answerable\":true,\"doc\":\"" + TestDesks.SEED + "\"}",
            "{\"q\":\"Who won the Super Bowl last year?\",\"kind\":\"off_topic\",\"expect\":\"only answer\",\"answerable\":false}",
            "{\"q\":\"How many children were returned?\",\"kind\":\"fact\",\"expect\":\"eleven\",\"answerable\":true}",
            "{\"q\":\"How many of them went back to Ukraine?\",\"kind\":\"follow_up\",\"expect\":\"seven\","
                    + "\"answerable\":true,\"after\":\"What did Melania Trump announce?\"}");

    @TempDir
    Path root;

    private record Run(int status, String out, String err) {
    }

    private Run eval(String questions, String... options) throws Exception {
        return eval(Map.of(), questions, options);
    }

    private Run eval(Map<String, String> environment, String questions, String... options) throws Exception {
        Path file = root.resolve("questions.jsonl");
        Files.writeString(file, questions);
        Path knowledge = TestDesks.folderWith(root, TestDesks.SEED);
        List<String> args = new ArrayList<>(List.of("eval", "--knowledge", knowledge.toString(),
                "--data", root.resolve("data").toString(), "--prompts", TestDesks.PROMPTS.toString()));
        args.addAll(List.of(options));
        args.add(file.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = NewsdeskCommand.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                environment);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void should_print_right_answers_per_kind_and_each_miss() throws Exception {
        Run run = eval(QUESTIONS);

        assertThat(run.status()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("kind").contains("right");
        assertThat(lines).anyMatch(line -> line.matches("fact\\s+2\\s+1\\s+50\\.0%"))
                .anyMatch(line -> line.matches("off_topic\\s+1\\s+1\\s+100\\.0%"))
                .anyMatch(line -> line.startsWith("quotes not verbatim: 0, quotes from the wrong article: 0"))
                .anyMatch(line -> line.startsWith("[fact] line 3: \"How many children were returned?\" expected /eleven/"));
    }

    @Test
    void should_print_one_json_result_per_question_then_a_summary() throws Exception {
        Run run = eval(QUESTIONS, "--json");

        ObjectMapper json = new ObjectMapper();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(5);
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("ok").asBoolean()).isTrue();
        assertThat(first.get("sources").get(0).get("document").asText()).isEqualTo(TestDesks.SEED);
        assertThat(json.readTree(lines.get(2)).get("reason").asText()).contains("expected pattern not found");
        JsonNode summary = json.readTree(lines.get(4));
        assertThat(summary.get("questions").asInt()).isEqualTo(4);
        assertThat(summary.get("kinds").get("off_topic").get("right").asInt()).isEqualTo(1);
        assertThat(summary.get("nonVerbatimQuotes").asInt()).isZero();
    }

    @Test
    void should_stop_with_status_2_naming_the_bad_line() throws Exception {
        Run badPattern = eval(QUESTIONS + "\n{\"q\":\"x\",\"kind\":\"fact\",\"expect\":\"[eight\",\"answerable\":true}");
        Run unknownArticle = eval("{\"q\":\"x\",\"kind\":\"fact\",\"expect\":\"x\",\"answerable\":true,\"doc\":\"nope.md\"}");

        assertThat(badPattern.status()).isEqualTo(2);
        assertThat(badPattern.err().lines()).singleElement().asString()
                .contains("questions.jsonl: line 5: 'expect' is not a valid regular expression");
        assertThat(badPattern.out()).isEmpty();
        assertThat(unknownArticle.status()).isEqualTo(2);
        assertThat(unknownArticle.err()).contains("line 1: 'doc' names nope.md, which is not a loaded article");
    }

    @Test
    void should_judge_the_configured_models_answers_and_leave_no_conversation_behind() throws Exception {
        try (FakeOpenAiServer model = new FakeOpenAiServer()) {
            model.answering(Replies.alwaysAnswering("Eight children went home [{Eight children displaced}]."));

            Run run = eval(model.environment(), QUESTIONS, "--json");

            assertThat(run.status()).as(run.err()).isZero();
            JsonNode first = new ObjectMapper().readTree(run.out().lines().findFirst().orElseThrow());
            assertThat(first.get("answer").asText()).startsWith("Eight children went home");
            assertThat(first.get("ok").asBoolean()).isFalse();
            assertThat(first.get("reason").asText()).isEqualTo("expected pattern not found");
            Path conversations = root.resolve("data/conversations");
            if (Files.exists(conversations)) {
                try (var files = Files.list(conversations)) {
                    assertThat(files).isEmpty();
                }
            }
        }
    }
}
