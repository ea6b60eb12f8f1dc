package org.newsdesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path folder;

    @Test
    void should_let_the_environment_win_over_the_file() throws Exception {
        Path file = Files.writeString(folder.resolve("newsdesk.properties"),
                "NEWSDESK_ADMINS=1,2\nTELEGRAM_API_URL=http://file\n");

        Settings settings = Settings.load(Map.of(Settings.CONFIG_FILE, file.toString(),
                "TELEGRAM_API_URL", "http://env"));

        assertThat(settings.get("TELEGRAM_API_URL")).hasValue("http://env");
        assertThat(settings.ids("NEWSDESK_ADMINS")).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void should_never_print_secrets_or_unrelated_variables() throws Exception {
        Settings settings = Settings.load(Map.of("TELEGRAM_BOT_TOKEN", "123:secret", "OPENAI_API_KEY", "sk-secret",
                "HOME", "/root", "NEWSDESK_LLM", "none"));

        assertThat(settings.toString()).doesNotContain("secret").doesNotContain("HOME").contains("NEWSDESK_LLM=none");
    }

    @Test
    void should_explain_malformed_values() throws Exception {
        Settings settings = Settings.load(Map.of("NEWSDESK_ADMINS", "12, bob", "NEWSDESK_TIMEOUT", "-3"));

        assertThatThrownBy(() -> settings.ids("NEWSDESK_ADMINS")).hasMessageContaining("'bob'");
        assertThatThrownBy(() -> settings.seconds("NEWSDESK_TIMEOUT", java.time.Duration.ZERO))
                .hasMessageContaining("positive number of seconds");
        assertThatThrownBy(() -> Settings.load(Map.of(Settings.CONFIG_FILE, folder.resolve("none").toString())))
                .hasMessageContaining("does not exist");
    }
}
