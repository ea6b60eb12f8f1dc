package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.store.FileStore;
import org.newsdesk.store.Store;

class UnansweredCommandTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path data;

    @BeforeEach
    void recordSomeQuestions() {
        try (Store store = FileStore.open(data, Clock.fixed(T0, ZoneOffset.UTC))) {
            store.unanswered().record("Who won the Super Bowl?", T0);
            store.unanswered().record("Where is\nthe\u001b[2J summit?", T0.plusSeconds(60));
            store.unanswered().record("who won the super bowl?", T0.plusSeconds(120));
        }
    }

    private String run(String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = new String[options.length + 3];
        args[0] = "unanswered";
        args[1] = "--data";
        args[2] = data.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        int status = NewsdeskCommand.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
                Map.of());
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_print_the_most_asked_first_one_line_each() {
        assertThat(run().lines().toList()).containsExactly(
                "    2  2026-03-01 08:02 UTC  Who won the Super Bowl?",
                "    1  2026-03-01 08:01 UTC  Where is\\nthe\\u001b[2J summit?");
    }

    @Test
    void should_print_json_lines_and_csv() throws Exception {
        List<String> lines = run("--json").lines().toList();
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(lines).hasSize(2);
        assertThat(first.get("question").asText()).isEqualTo("Who won the Super Bowl?");
        assertThat(first.get("count").asInt()).isEqualTo(2);
        assertThat(first.get("first_asked").asText()).isEqualTo("2026-03-01T08:00:00Z");
        assertThat(first.get("last_asked").asText()).isEqualTo("2026-03-01T08:02:00Z");
        assertThat(run("--csv")).startsWith("\uFEFFquestion,count,first_asked,last_asked\n\"Who won the Super Bowl?\",2,");
    }
}
