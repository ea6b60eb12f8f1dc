package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {

    @TempDir
    Path root;

    private record Run(int status, String out, String err) {
    }

    private static Run run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = NewsdeskCommand.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                environment);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void should_print_each_setting_with_its_origin_and_secrets_masked() throws Exception {
        // given
        Path file = Files.writeString(root.resolve("newsdesk.properties"), "NEWSDESK_LLM_TIMEOUT=12\n");

        // when
        Run run = run(Map.of("NEWSDESK_CONFIG", file.toString(), "TELEGRAM_BOT_TOKEN", "123:very-secret"), "config");

        // then
        assertThat(run.status()).isZero();
        assertThat(run.out()).doesNotContain("very-secret")
                .containsPattern("(?m)^TELEGRAM_BOT_TOKEN +\\*\\*\\*\\* +environment$")
                .containsPattern("(?m)^NEWSDESK_LLM_TIMEOUT +12 +file$")
                .containsPattern("(?m)^NEWSDESK_LLM +none +default$")
                .containsPattern("(?m)^NEWSDESK_MODEL +\\(unset\\) +unset$");
    }

    @Test
    void should_stop_before_any_work_with_status_2_naming_the_closest_key() {
        // when: the knowledge folder does not exist either, but the settings are checked first
        Run run = run(Map.of("NEWSDESK_LLM_TIMOUT", "abc"), "ask", "--knowledge", root.resolve("none").toString(),
                "question?");

        // then
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("newsdesk: NEWSDESK_LLM_TIMOUT in the environment is not a Newsdesk"
                + " setting; did you mean NEWSDESK_LLM_TIMEOUT?");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void should_still_show_help_when_the_settings_are_wrong() {
        Run run = run(Map.of("NEWSDESK_LLM_TIMOUT", "abc"), "config", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage: newsdesk config");
    }
}
