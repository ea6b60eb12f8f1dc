package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testsupport.JarProcess;
import org.newsdesk.testsupport.TestDesks;

/** The built jar, run as a user runs it, on the embedded default with no network and no key. */
class NewsdeskJarIT {

    @TempDir
    Path root;

    @Test
    void should_answer_json_lines_on_standard_output_and_keep_logs_on_standard_error() throws Exception {
        Path knowledge = TestDesks.folderWith(root, TestDesks.SEED);

        JarProcess.Result result = JarProcess.run(Map.of(), "How many children were returned?\nWhat is the capital of Peru?\n",
                List.of("ask", "--json", "--knowledge", knowledge.toString(), "--data", root.resolve("data").toString()));

        assertThat(result.status()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode answered = json.readTree(lines.get(0));
        assertThat(answered.get("answerable").asBoolean()).isTrue();
        assertThat(Files.readString(knowledge.resolve(TestDesks.SEED)))
                .contains(answered.get("sources").get(0).get("quote").asText());
        assertThat(json.readTree(lines.get(1)).get("answerable").asBoolean()).isFalse();
        assertThat(result.err()).contains("Knowledge loaded");
    }

    @Test
    void should_reuse_the_embedding_cache_on_the_next_run() throws Exception {
        Path knowledge = TestDesks.folderWith(root, TestDesks.SEED);
        List<String> index = List.of("index", "--knowledge", knowledge.toString(), "--data", root.resolve("data").toString());

        JarProcess.Result first = JarProcess.run(Map.of(), "", index);
        JarProcess.Result second = JarProcess.run(Map.of(), "", index);

        assertThat(first.out()).contains("(1 embedded, 0 from cache)").contains("added (1)");
        assertThat(second.out()).contains("(0 embedded, 1 from cache)").contains("unchanged (1)");
    }

    @Test
    void should_start_a_console_chat_when_no_telegram_token_is_set() throws Exception {
        Path knowledge = TestDesks.folderWith(root, TestDesks.SEED);

        JarProcess.Result result = JarProcess.run(Map.of(), "Which court wants Putin arrested?\n/quit\n",
                List.of("--knowledge", knowledge.toString(), "--data", root.resolve("data").toString()));

        assertThat(result.status()).isZero();
        assertThat(result.err()).contains("TELEGRAM_BOT_TOKEN is not set");
        assertThat(result.out()).contains("International Criminal Court").contains("Sources:");
    }
}
