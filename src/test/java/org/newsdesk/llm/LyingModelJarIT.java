package org.newsdesk.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testsupport.JarProcess;
import org.newsdesk.testsupport.TestDesks;
import org.newsdesk.testsupport.llm.FakeOpenAiServer;
import org.newsdesk.testsupport.llm.ModelReply;
import org.newsdesk.testsupport.llm.ModelRequest;
import org.newsdesk.testsupport.llm.Replies;

/**
 * The built jar's {@code ask --json} against a local OpenAI-compatible model that cites the right passage,
 * with its exact words, but misstates it, and keeps doing so when asked to repair: the reader gets the
 * articles' own words with the notice, never the lie; faithful answers are shown as the model's.
 */
class LyingModelJarIT {

    /** A question, what the model answers it with, and whether that answer is faithful to its passage. */
    private record Exchange(String question, String answer, boolean faithful, String lie) {
    }

    private static final List<Exchange> EXCHANGES = List.of(
            new Exchange("Which court wants Putin arrested?",
                    "The International Criminal Court has issued an arrest warrant for Melania Trump over the child "
                            + "abduction allegations [{The International Criminal Court}].", false, "Melania"),
            new Exchange("How many of the children were sent to Ukraine?",
                    "Seven of them were returned to Russia from Ukraine [{Seven of them}].", false,
                    "were returned to Russia from Ukraine"),
            new Exchange("What reason does Moscow give for moving Ukrainian children?",
                    "Russia has not said why it moved some Ukrainian children from their houses or orphanages "
                            + "[{Russia has said}].", false, "has not said"),
            new Exchange("How many kids were brought back to their families?",
                    "In the last 24 hours, eight children displaced by Moscow's 2022 invasion of Ukraine were "
                            + "returned home [{Eight children displaced}].", true, null),
            new Exchange("What does the International Criminal Court want?",
                    "The International Criminal Court has issued an arrest warrant for Putin and for Maria "
                            + "Lvova-Belova, his commissioner for children's rights [{The International Criminal "
                            + "Court}].", true, null));

    @TempDir
    Path root;

    @Test
    void should_never_show_a_lie_as_the_models_answer_and_should_show_faithful_answers() throws Exception {
        try (FakeOpenAiServer model = new FakeOpenAiServer()) {
            model.answering(LyingModelJarIT::reply);
            StringBuilder input = new StringBuilder();
            EXCHANGES.forEach(exchange -> input.append(exchange.question()).append('\n'));

            JarProcess.Result result = JarProcess.run(model.environment("NEWSDESK_LLM_TIMEOUT", "30"), input.toString(),
                    List.of("ask", "--json", "--knowledge", TestDesks.folderWith(root, TestDesks.SEED).toString(),
                            "--data", root.resolve("data").toString()));

            assertThat(result.status()).as("exit status; standard error: %s", result.err()).isZero();
            List<JsonNode> answers = new ArrayList<>();
            for (String line : result.out().lines().toList()) {
                answers.add(new ObjectMapper().readTree(line));
            }
            assertThat(answers).hasSize(EXCHANGES.size());
            for (int i = 0; i < EXCHANGES.size(); i++) {
                Exchange exchange = EXCHANGES.get(i);
                JsonNode answer = answers.get(i);
                if (exchange.faithful()) {
                    assertThat(answer.path("mode").asText()).as("mode of %s", answer).isEqualTo("llm");
                    assertThat(answer.path("answer").asText()).as("answer").doesNotContain("\"").endsWith("[1].");
                } else {
                    assertThat(answer.path("mode").asText()).as("mode of %s", answer).isEqualTo("extractive");
                    assertThat(answer.path("notice").asText()).contains("could not be checked");
                    assertThat(answer.path("answer").asText()).doesNotContain(exchange.lie());
                }
            }
            assertThat(model.requests(ModelRequest.Kind.REPAIR)).hasSize(3);
        }
    }

    /** Lies and faithful answers alike cite their passage with all its words; a lie is repeated in the repair. */
    private static ModelReply reply(ModelRequest request) {
        if (request.kind() == ModelRequest.Kind.REWRITE) {
            String last = request.lastUser();
            int at = last.lastIndexOf("Latest question:");
            return ModelReply.text(at < 0 ? last : last.substring(at + "Latest question:".length()).strip().lines()
                    .findFirst().orElse(""));
        }
        for (Exchange exchange : EXCHANGES) {
            if (request.lastUser().contains(exchange.question())) {
                return ModelReply.text(Replies.citing(request, exchange.answer()));
            }
        }
        return ModelReply.error(500);
    }
}
